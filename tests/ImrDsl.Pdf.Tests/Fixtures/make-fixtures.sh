#!/bin/sh
# Makes the PDF fixtures from the example letters with three real PDF producers, so the reader is tested on
# what others write, not on what we write. The PDFs are committed: CI does not need the producers.
# Needs (Debian): chromium, libreoffice-writer-nogui, ghostscript, enscript. Run from anywhere:
#   tests/ImrDsl.Pdf.Tests/Fixtures/make-fixtures.sh
# Output: chromium/NAME.pdf (HTML rendering printed by headless Chromium), libreoffice/NAME.pdf (a .docx
# exported by LibreOffice Writer), ghostscript/NAME.pdf (enscript PostScript, with a running page header,
# converted by ps2pdf). NAME is the letter's file name without its extension.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/chromium" "$here/libreoffice" "$here/ghostscript"
export HOME="$work/home"   # LibreOffice and Chromium keep a profile there; never the user's.
mkdir -p "$HOME"

for letter in "$root"/examples/letters/*.txt; do
  name=$(basename "$letter" .txt)

  # Chromium: the letter as HTML, one paragraph per line of the letter, so lines break where the letter's
  # do (long ones also wrap at the page edge). A line of spaces (a paragraph break in PDF text) becomes an
  # empty paragraph, i.e. a wider gap; empty lines (double spacing in PDF text) are dropped. <b> tags of
  # the converted layout render as bold, everything else is escaped; tab-separated cells (header tables)
  # become spaced cells. Hyphenated words do not break at their hyphen (from a line that ends in "long-",
  # no reader can tell "long-term" from "longterm").
  {
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>\n' "$name"
    printf '<style>@page { size: Letter; margin: 0.75in } body { font: 10.5pt "DejaVu Serif", serif }'
    printf ' p { margin: 0 } span.cell { display: inline-block; min-width: 8em; padding-right: 1.5em }</style></head><body>\n'
    tr -d '\f\r' < "$letter" | sed -e '/^$/d' -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' \
      -e 's/&lt;b&gt;/<b>/g' -e 's/&lt;\/b&gt;/<\/b>/g' \
      -e "/\t/{ s/\t/<\/span><span class=\"cell\">/g; s/^/<span class=\"cell\">/; s/\$/<\/span>/; }" \
      -e 's/\([[:alnum:]]\{1,\}-[[:alnum:]-]\{1,\}\)/<span style="white-space: nowrap">\1<\/span>/g' \
      -e 's/^[[:space:]]*$/\&nbsp;/' -e 's/^/<p>/' -e 's/$/<\/p>/'
    printf '</body></html>\n'
  } > "$work/$name.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$here/chromium/$name.pdf" "file://$work/$name.html" 2>/dev/null

  # LibreOffice: the text imported into Writer (one paragraph per line), saved as .docx, then exported as PDF.
  tr -d '\f' < "$letter" > "$work/$name.txt"
  soffice --headless --infilter="Text (encoded):UTF8,LF,Liberation Serif,en-US" --convert-to docx \
    --outdir "$work" "$work/$name.txt" >/dev/null
  soffice --headless --convert-to pdf --outdir "$here/libreoffice" "$work/$name.docx" >/dev/null

  # Ghostscript: enscript sets the text in Courier with a running header (title and "Page N of M"),
  # wrapping long lines; ps2pdf turns the PostScript into PDF.
  enscript --quiet --media=Letter --font=Courier9 --word-wrap --fancy-header=simple \
    --header="$name||Page \$% of \$=" --output="$work/$name.ps" "$letter"
  ps2pdf "$work/$name.ps" "$here/ghostscript/$name.pdf"
done

# The .docx draft as LibreOffice exports it.
soffice --headless --convert-to pdf --outdir "$here/libreoffice" "$root/examples/letters/draft.docx" >/dev/null
ls -l "$here"/chromium "$here"/libreoffice "$here"/ghostscript
