#!/usr/bin/env bash
# Runs `imr` on each hostile case of issue 11 under /usr/bin/time -v and prints exit code, wall time and peak
# memory: the figures behind "exit 0, 1 or 2 within seconds, under 300 MB". Needs a Release build
# (dotnet build ImrDsl.sln -c Release) and python3 for the fixtures. Usage: tests/ImrDsl.Benchmarks/hostile-bounds.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
imr="$root/src/ImrDsl.Cli/bin/Release/net10.0/imr.dll"
letters="$root/examples/letters"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - "$letters" <<'EOF'
import sys, zipfile, random
letters = sys.argv[1]
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
def docx(name, write):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('_rels/.rels', rels)
        with z.open('word/document.xml', 'w') as f: write(f)
docx('deep.docx', lambda f: f.write(f'<w:document xmlns:w="{W}"><w:body>'.encode() + b'<w:p>' * 17500 + b'</w:p>' * 17500 + b'</w:body></w:document>'))
def bomb(f):
    f.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
    for _ in range(1100): f.write(b'A' * (1 << 20))
    f.write(b'</w:t></w:r></w:p></w:body></w:document>')
docx('bomb.docx', bomb)
def nested(f):  # a 6 MB letter inside 40 one-cell tables, one in another (a page border, nested): read once, not per table
    f.write(f'<w:document xmlns:w="{W}"><w:body>'.encode() + b'<w:tbl><w:tr><w:tc>' * 40)
    for i in range(60000): f.write(f'<w:p><w:r><w:t>Line {i} of a letter set inside a border of tables, long enough to fill out a page.</w:t><w:br/></w:r></w:p>'.encode())
    f.write(b'</w:tc></w:tr></w:tbl>' * 40 + b'</w:body></w:document>')
docx('nested.docx', nested)
rule = lambda cond: ('record R {\n  service: text\n}\n\nrule X001 big {\n  severity = error\n  applies-to = R\n  at = service\n'
                     f'  require = {cond}\n  message = "m"\n  summary = "s"\n  why = "w"\n  failing = "f"\n  passing = "p"\n  suppress = "x"\n}}\n')
open('or50k.imr', 'w').write(rule(' or '.join(['present(service)'] * 50000)))
open('fmt20k.imr', 'w').write(rule(' or '.join(['present(service)'] * 20000)))
open('doc1m.imr', 'w').write('///  doc line\n' * 1000000 + 'record R {\n  service: text\n}\n')
open('doc4m.imr', 'w').write('///\n' * (1024 * 1024 - 100) + 'record R {\n  service: text\n}\n')
open('regex.imr', 'w').write('record Note as note {\n  claim: text label pattern "^(a+)+$"\n  code: text pattern "(((("\n}\n\n'
                             'note "' + 'a' * 64 + 'b" {\n  code = "x"\n}\n')
random.seed(1)
base = open(f'{letters}/imr001-missing-rationale.txt').read()
open('oneline8.txt', 'w').write(base.replace('\n', ' ') + ''.join(random.choice('abc def.\t') for _ in range(8 * 1024 * 1024 - 2000)))
# A rationale of one 1 MB sentence that denies and opens a subject at every third word: read in one pass, not per word.
seed = open(f'{letters}/seed-000.txt').read()
open('denials1m.txt', 'w').write(seed.replace('10 mg #60 with 3 refills is not medically necessary and appropriate.',
                                               'I do not think the ' * 55000 + 'request is medically necessary.', 1))
# A rationale of one sentence of 32,000 clauses after semicolons; 80,000 pages of a page number each; 2 MB of "- N -" pages.
open('semicolons.txt', 'w').write(seed.replace('10 mg #60 with 3 refills is not medically necessary and appropriate.',
                                                'is medically necessary' + '; the patient walked' * 32000 + '.', 1))
open('pagenumbers.txt', 'w').write(''.join(f'{n}\n\n\f\n' for n in range(1, 80001)))
open('dashpages.txt', 'w').write(''.join(f'- {n} -\n\n\f\n' for n in range(1, 200001)))
open('chain900k.imr', 'w').write(rule('not ' * 900000 + 'present(service)'))
open('imr.json.big', 'w').write('{ "' + 'k' * (50 * 1024 * 1024) + '": 1 }')
# Escapes and entities, each once read as a search to the text's end (1.6 MB of backslashes ran past two minutes).
open('backslashes.txt', 'w').write('\\' * 1600000)
open('entities.md', 'w').write(seed.replace('is not medically necessary and appropriate.', '&nbsp;' * 300000 + 'is not medically necessary.', 1))
# A run of a million digits in an item heading and in a rationale: each start in the run once read to its end.
open('digits-heading.txt', 'w').write(seed.replace('Lioresal', '9' * 1000000 + ' Lioresal', 1))
open('digits-rationale.txt', 'w').write(seed.replace('is not medically necessary and appropriate.', '9' * 1000000 + ' is not medically necessary.', 1))
# Millions of lines: 31 MB of empty lines, and 4 Mi lines (the most a letter may have) as read, ended by LS in one numbered line.
open('newlines31.txt', 'w').write('\n' * 31000000)
open('ls4m.txt', 'w').write('a\u2028' * (4 * 1024 * 1024 - 1) + 'a')
# A guideline line of 8 MB with no page marker, the whole of it the topic: "R/L/" and "1-2, " split into millions of parts.
lines = open(f'{letters}/clean-page-breaks.txt').read().split('\n')
cited = next(k for k, line in enumerate(lines) if line.startswith('MAXIMUS guideline'))
for name, fill in (('topic-rl.txt', 'R/L/'), ('topic-ranges.txt', '1-2, ')):
    lines[cited] = 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines ' + fill * (8 * 1024 * 1024 // len(fill) - 40)
    open(name, 'w').write('\n'.join(lines))
# Four guideline lines of 7.5 MB each (31 MB): four findings, each on a line of megabytes.
lines = open(f'{letters}/clean-page-breaks.txt').read().split('\n')
for k, fill in zip([k for k, line in enumerate(lines) if 'guideline:' in line][:4], ('R/L/', 'Opioids, ', '1-2, ', 'Page 12, ')):
    lines[k] = lines[k].split(':')[0] + ': Decision based on MTUS Chronic Pain Medical Treatment Guidelines ' + fill * (7864320 // len(fill))
open('four-topics.txt', 'w').write('\n'.join(lines))
import os
os.makedirs('gi', exist_ok=True)
open('gi/.gitignore', 'w').write('*a' * 40 + '*b.txt\n')
open('gi/' + 'a' * 200 + '.txt', 'w').write(base)
EOF
cp "$letters/imr001-missing-rationale.txt" letter.txt
mkdir -p fs && cp letter.txt fs/a.txt && mkfifo fs/pipe.txt && ln -s /dev/zero fs/zero.txt && ln -s . fs/loop1 && ln -s . fs/loop2 \
  && ln -s nowhere fs/dangling.md && mkdir fs/sub && cp letter.txt fs/sub/b.txt && ln -s .. fs/sub/up
mkdir -p cfg && cp letter.txt cfg/ && cp imr.json.big cfg/imr.json
mkdir -p out && mkfifo out/pipe && echo keep > out/readonly.json && chmod 0444 out/readonly.json

run() {
  local label="$1"; shift
  local code=0
  /usr/bin/time -v -o time.txt timeout -s KILL 60 dotnet "$imr" "$@" > out.txt 2> err.txt < "${STDIN:-/dev/null}" || code=$?
  printf '%-34s exit %-3s %6ss %5s MB  %s\n' "$label" "$code" \
    "$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt | awk -F: '{print ($1 * 60 + $2)}')" \
    "$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' time.txt)" \
    "$(grep -m1 -oE 'IMR[0-9]{3}[^\n]{0,60}|imr: .{0,60}' out.txt err.txt | head -1 | cut -d: -f2-)"
}

run "folder: FIFO, /dev/zero, loops" check fs
STDIN=/dev/zero run "stdin from /dev/zero" check -
run ".docx 17,500 deep" check deep.docx
run ".docx bomb (1.1 GB in 1 MB)" check bomb.docx
run ".docx 6 MB in 40 nested tables" check nested.docx
run "8 MB one-line letter" check oneline8.txt
run "1 MB sentence of denials" check denials1m.txt
run "32,000 clauses after semicolons" check semicolons.txt
run "1.6 MB of backslashes" check backslashes.txt
run "300,000 &nbsp; in a rationale" check entities.md
run "a million digits in a heading" check digits-heading.txt
run "a million digits in a rationale" check digits-rationale.txt
run "80,000 pages, a number each" check pagenumbers.txt
run "31 MB of empty lines: check" check newlines31.txt
run "31 MB of empty lines: report" report newlines31.txt -o out/newlines31.html
run "4 Mi lines ended by LS: check" check ls4m.txt
run "4 Mi lines ended by LS: report" report ls4m.txt -o out/ls4m.html
run "200,000 '- N -' pages (2 MB)" check dashpages.txt
run "8 MB topic of R/L/: check" check topic-rl.txt
run "8 MB topic of 1-2, : report" report topic-ranges.txt -o out/topic-ranges.html
run "4 topics of 7.5 MB: check" check four-topics.txt
run "4 topics of 7.5 MB: report" report four-topics.txt -o out/four-topics.html
run "900,000 nots: check" check chain900k.imr
run "50,000-term or: check" check or50k.imr
run "20,000-term or: fmt" fmt fmt20k.imr
run "1,000,000 /// lines (14 MB)" check doc1m.imr
run "1,048,476 /// lines (4 MB)" check doc4m.imr
run "regexes ^(a+)+\$ and ((((" check regex.imr
run "imr.json with a 50 MB key" check cfg/letter.txt
run ".gitignore *a*a...*b.txt" check gi
run "--output FIFO" check letter.txt --output out/pipe
run "--output read-only file" check letter.txt --output out/readonly.json
run "--write-baseline folder" check letter.txt --write-baseline out
run "--jobs 0" check letter.txt --jobs 0
run "fmt notes.txt" fmt letter.txt
