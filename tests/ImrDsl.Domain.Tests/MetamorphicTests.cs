using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// The same letter laid out another way must read the same. Every letter in examples/letters is taken apart into
/// the paragraphs a person sees, then put together again as a PDF converter, a typist or Word might have: wrapped at
/// any width from 50 to 140 columns, double- or single-spaced, with page breaks (form feeds, a repeated header,
/// footers with the page's number in any of the usual forms, or pdftotext's bare empty line and form feed) at random lines, trailing spaces, CRLF, other typography (curly quotes, ligatures, no-break
/// spaces, en dashes, invisible characters, Markdown escapes and HTML character references), or as a .docx. The model must be equal, and every span must lie inside
/// the file and start and end at the words of its value.
/// </summary>
public class MetamorphicTests
{
    public static IEnumerable<object[]> AllLetters() => Letters.ExampleFiles.Where(p => !p.EndsWith(".docx")).Select(p => new object[] { Path.GetFileName(p) });

    /// <summary>How to lay a letter out again.</summary>
    /// <param name="BareBreaks">Page breaks as pdftotext writes them by default: an empty line, then a form feed before
    /// the next page's first line, with no footer or repeated header.</param>
    /// <param name="Footer">How a page's footer shows its number (see <see cref="FooterLine"/>); the last page has one too.</param>
    /// <param name="LineEnds">What ends each line (<see cref="LineEnd"/>): LF (CRLF with <paramref name="Crlf"/>), a lone
    /// CR, or Unicode's other line ends, U+2028, U+2029 or a vertical tab, for the whole letter or mixed line by line.</param>
    /// <param name="HeaderLines">The style of a page's header (<see cref="HeaderBlock"/>): one line, two or three that
    /// name a case number, two that do not, or one above a wrapped privacy notice.</param>
    /// <param name="HeaderOnTop">Whether the first page shows the header too. A header without it shows once in a letter of
    /// two pages, so only one that names a case number is told from the text.</param>
    /// <param name="FooterLinesAbove">What stands above each page's footer line (<see cref="FooterBlock"/>): a company's
    /// name, an address, "CONFIDENTIAL", a privacy notice.</param>
    /// <param name="AddressBelowLastFooter">Whether the last page's footer line has the sender's address below it, the
    /// letter's last lines; a letter of one page then shows that footer ("Page 1 of 1") too. Only a footer that says
    /// "Page" has one.</param>
    public sealed record Layout(int Width, bool DoubleSpaced, int[] PageBreaks, bool TrailingSpaces, bool Crlf, int Typography, int Seed, bool BareBreaks = false, int Footer = 0,
        int LineEnds = 0, int HeaderLines = 1, bool HeaderOnTop = true, int FooterLinesAbove = 0, bool AddressBelowLastFooter = false)
    {
        public override string ToString()
            => $"width {Width}, {(DoubleSpaced ? "double" : "single")}-spaced, {(BareBreaks ? "bare " : "")}page breaks at [{string.Join(",", PageBreaks)}], footer {Footer}, trailing spaces {TrailingSpaces}, crlf {Crlf}, typography {Typography}, seed {Seed}, line ends {LineEnds}, header style {HeaderLines}{(HeaderOnTop ? " also on top" : "")}, footer lines above {FooterLinesAbove}{(AddressBelowLastFooter ? ", address below the last footer" : "")}";
    }

    /// <summary>
    /// What ends a line in style 0 to 5: LF, LINE SEPARATOR, PARAGRAPH SEPARATOR, a lone CR (old Mac files), a vertical tab
    /// (Word's line break saved as text), or the Unicode ones, CRLF and LF mixed line by line.
    /// </summary>
    private static string LineEnd(int style, Random random) => style switch
    {
        1 => "\u2028",
        2 => "\u2029",
        3 => "\r",
        4 => "\v",
        // No lone CR in a mix: before an LF it would be one CRLF, and a blank line would go.
        5 => random.Next(5) switch { 0 => "\u2028", 1 => "\u2029", 2 => "\v", 3 => "\r\n", _ => "\n" },
        _ => "\n",
    };

    /// <summary>
    /// A page's header in style 1 to 5: one line; two or three whose last names a case number, as some letters' headers
    /// do; two that name none, which only their repeating tells from the text; one above a privacy notice wrapped onto
    /// two lines, which only its standing on every page and its words tell from the text; or the published letters' own
    /// running header above a notice, or between two (a probe's notice beside it was read into a citation wrapped over
    /// the page break); or the case number's label and value alone, which a probe's hard-wrapped letter read into the
    /// citation the page break split (its pages lost, a wrong page unreported); it names the letter's own case, as a
    /// letter's running header does.
    /// </summary>
    private static string[] HeaderBlock(int style, string caseNumber) => style switch
    {
        2 => new[] { PageHeader, "IMR Case CM16-0123456" },
        3 => new[] { "State of California Division of Workers Compensation", PageHeader, "IMR Case CM16-0123456" },
        4 => new[] { "Division of Workers Compensation", PageHeader },
        5 => new[] { PageHeader, "CONFIDENTIAL: This letter holds protected health information intended only", "for the named recipient, and it must not be shared." },
        6 => new[] { "Final Determination Letter for IMR Case Number CM16-0123456", "CONFIDENTIAL: This document contains protected health information." },
        7 => new[] { "CONFIDENTIAL: This document contains protected health information.", "Final Determination Letter for IMR Case Number CM16-0123456", "CONFIDENTIAL: This document contains protected health information." },
        8 => new[] { $"IMR Case Number: {caseNumber}" },
        _ => new[] { PageHeader },
    };

    /// <summary>Whether a header in that style is told from the text where it shows only once: it names a case number.</summary>
    private static bool NamesCase(int headerStyle) => headerStyle is 2 or 3 or 6 or 7 or 8;

    /// <summary>
    /// The lines above a page's footer line in style 0 to 5: none to three of a company's name, an address and
    /// "CONFIDENTIAL"; a privacy notice written as a sentence; or one wrapped onto two lines below the company's name. The
    /// notices read as sentences, so only their standing on every page and their words tell them from the letter's text.
    /// </summary>
    private static string[] FooterBlock(int style) => style switch
    {
        4 => new[] { "CONFIDENTIAL: This document contains protected health information." },
        5 => new[] { "MAXIMUS Federal Services, Inc.", "This letter holds confidential medical information protected by state and", "federal law, and it is meant only for the named recipient." },
        _ => new[] { "MAXIMUS Federal Services, Inc.", "P.O. Box 138009, Sacramento, CA 95813-8009", "CONFIDENTIAL" }.Take(style).ToArray(),
    };

    /// <summary>
    /// A page footer as converters leave it: "Page 2 of 5", the number alone ("2", "- 2 -", "2/5", a centred "2 of 5"), or
    /// two cells of a layout a page's width apart ("IMR Case Number: CM16-0123456 ... Page 2 of 5"), or three cells
    /// (a probe's "Independent Medical Review Unit    Fax: (916) 605-4270    Page 2 of 2" was read as a rationale's words).
    /// </summary>
    private static string FooterLine(int style, int page, int pages) => style switch
    {
        1 => $"{page}",
        2 => $"- {page} -",
        3 => $"{page}/{pages}",
        4 => new string(' ', 34) + $"{page} of {pages}",
        5 => $"IMR Case Number: CM16-0123456{new string(' ', 45)}Page {page} of {pages}",
        6 => $"Independent Medical Review Unit    Fax: (916) 605-4270    Page {page} of {pages}",
        _ => $"Page {page} of {pages}",
    };

    private static readonly Gen<Layout> Layouts =
        from width in Gen.Choose(50, 140)
        from doubleSpaced in Gen.Elements(true, false)
        from breaks in Gen.ArrayOf(Gen.Choose(0, 10_000)).Select(a => a.Take(3).ToArray())
        from trailing in Gen.Elements(true, false)
        from crlf in Gen.Elements(true, false)
        from typography in Gen.Choose(0, 4)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from bare in Gen.Elements(true, false)
        from footer in Gen.Choose(0, 6)
        from lineEnds in Gen.Choose(0, 5)
        from headerLines in Gen.Choose(1, 8)
        from headerOnTop in Gen.Elements(true, false)
        from footerLinesAbove in Gen.Choose(0, 5)
        from addressBelow in Gen.Elements(true, false)
        select new Layout(width, doubleSpaced, breaks, trailing, crlf, typography, seed, bare, footer, lineEnds, headerLines, headerOnTop || !NamesCase(headerLines), footerLinesAbove,
            // Below a bare page number ("3/3") an address would make the number no page's last line, which is how it is told.
            addressBelow && footer is 0 or 5 or 6);

    public static IEnumerable<object[]> ConvertedLetters()
        => AllLetters().Where(letter => IsConverted(File.ReadAllText(Letters.Example((string)letter[0]))));

    /// <summary>
    /// pandoc writes Word's line break (Shift+Enter) as a backslash at the line's end. A converted letter whose paragraphs
    /// are so joined (each blank line between two lines of text dropped, and a backslash ending the line before it) reads
    /// as the same model: a probe found a heading so ended read as no outcome (IMR005) and "Standard\" as the priority.
    /// </summary>
    [Theory]
    [MemberData(nameof(ConvertedLetters))]
    public void A_converted_letter_with_its_paragraphs_joined_by_hard_breaks_reads_as_the_same_model(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var expected = Read(name, original).Model;
        var lines = original.Replace("\r\n", "\n").Split('\n').ToList();
        var joined = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var isGap = lines[i].Trim().Length == 0 && joined.Count > 0 && joined[^1].Trim().Length > 0 && i + 1 < lines.Count && lines[i + 1].Trim().Length > 0;
            if (isGap) joined[^1] += "\\";
            else joined.Add(lines[i]);
        }
        Assert.True(joined.Count < lines.Count, $"{name}: no paragraphs to join");
        var model = Read(name, string.Join('\n', joined)).Model;
        Assert.True(expected.Equals(model), $"{name} with hard breaks reads differently\n{Diff(expected, model)}");
    }

    /// <summary>
    /// A converted letter whose bold labels and headings are bold italic ("***Decision rationale:*** ...", as a drafter's
    /// emphasis converts) reads as the same model: a probe found every item without a rationale (IMR001).
    /// </summary>
    [Theory]
    [MemberData(nameof(ConvertedLetters))]
    public void A_converted_letter_with_bold_italic_labels_reads_as_the_same_model(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var expected = Read(name, original).Model;
        var italic = Regex.Replace(original, @"(?m)^\*\*([^*\n]+)\*\*", "***$1***");
        Assert.NotEqual(original, italic);
        var model = Read(name, italic).Model;
        Assert.True(expected.Equals(model), $"{name} with bold italic labels reads differently\n{Diff(expected, model)}");
    }

    /// <summary>
    /// A table of two cells, service and outcome, converted to two lines with no colon ("Epidural steroid injection, right
    /// L5-S1" / "Overturned"), a blank line between them or not, reads as the same model: a probe found the outcome read
    /// as the service ("'Overturned' is neither Upheld nor Overturned", IMR005) and the real service lost.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLetters))]
    public void A_letter_with_its_outcomes_on_the_line_below_their_service_reads_as_the_same_model(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var expected = Read(name, original).Model;
        foreach (var gap in new[] { "\n", "\n\n" })
        {
            var split = Regex.Replace(original, @"(?m)^(?<service>[A-Z][^:\n]*[A-Za-z0-9)#%])\s*:\s*(?<outcome>Upheld|Overturned)[ \t]*$", "${service}" + gap + "${outcome}");
            if (split == original) return; // no one-line heading with a colon (2013 numbered decisions)
            var model = Read(name, split).Model;
            Assert.True(expected.Equals(model), $"{name} with each outcome {gap.Length} line(s) below its service reads differently\n{Diff(expected, model)}");
        }
    }

    public static IEnumerable<object[]> LettersAndBullets()
        => from letter in AllLetters()
           from bullet in new[] { "\u2022 ", "- ", "* ", "+ ", "\u25AA ", "o ", "\u2022", "\uF0A7 ", "\uF0D8 " }
           select new[] { letter[0], bullet };

    /// <summary>
    /// A drafter may set an item's labels, its heading and the reviewer's credentials as a list ("• Decision rationale: ...",
    /// "- Norco 10/325mg #120: Upheld", "• State(s) of Licensure: California"), and pdftotext, Markdown and a typist each
    /// write the bullet their own way: the letter reads the same, the bullet part of no label, service or value. A probe
    /// found every item of such a letter without a rationale (IMR001), and the reviewer unread.
    /// A heading that opens with the letter's own number ("1. Norco ...") is left as it is.
    /// </summary>
    [Theory]
    [MemberData(nameof(LettersAndBullets))]
    public void A_letter_with_its_labels_and_headings_set_as_a_list_reads_as_the_same_model(string name, string bullet)
    {
        var original = File.ReadAllText(Letters.Example(name));
        // Word's "o" is a bullet in PDF text; in Markdown it would be a word.
        if (bullet == "o " && IsConverted(original)) return;
        var expected = Read(name, original).Model;
        var lines = original.Split('\n');
        var bulleted = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i].TrimStart();
            // An item's labels and the reviewer's credentials.
            var isLabel = LineStarts.Take(9).Any(label => content.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                          || content.StartsWith("**", StringComparison.Ordinal) && LineStarts.Take(9).Any(label => content[2..].StartsWith(label, StringComparison.OrdinalIgnoreCase));
            // A heading's first line: one wrapped onto a second ("... with 2" / "refills: Upheld") keeps its bullet on the first.
            var isHeading = Regex.IsMatch(content, @"^[A-Z*].*:\s*(\*\*)?(Upheld|Overturned)(\*\*)?\s*$")
                            && (i == 0 || lines[i - 1].Trim().Length == 0);
            if (!isLabel && !isHeading) continue;
            lines[i] = lines[i][..(lines[i].Length - content.Length)] + bullet + content;
            bulleted++;
        }
        var model = Read(name, string.Join('\n', lines)).Model;
        Assert.True(bulleted > 0 || expected.Items.Count == 0, $"{name}: no label or heading was found to set as a list");
        Assert.True(expected.Equals(model), $"{name} with '{bullet}' bullets reads differently\n{Diff(expected, model)}");
    }

    /// <summary>
    /// Windows-1252 text decoded as Latin-1 on its way into UTF-8 holds C1 controls where its quotes, dashes and ellipses
    /// were (U+0092 for a right quote, U+0096 for a dash, U+0085 for "..."): it reads as those characters would. Every
    /// letter with its apostrophes, quotes, hyphens and ellipses so turned reads as the same model. A probe found
    /// U+0085 taken for a line end, which broke a sentence in two.
    /// </summary>
    public static IEnumerable<object[]> LettersWithQuotesOrDashes()
        => AllLetters().Where(letter => File.ReadAllText(Letters.Example((string)letter[0])).IndexOfAny(new[] { '\'', '"', '-' }) >= 0);

    [Theory]
    [MemberData(nameof(LettersWithQuotesOrDashes))]
    public void A_letter_of_windows_1252_read_as_latin_1_reads_as_the_same_model(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var expected = Read(name, original).Model;
        var quote = false;
        var mangled = new StringBuilder(original.Length);
        foreach (var c in original.Replace("...", "\u0085"))
            mangled.Append(c switch
            {
                '\'' => '\u0092',
                '"' => (quote = !quote) ? '\u0093' : '\u0094',
                '-' => '\u0096', // as an en dash would, every hyphen reads as one: "CM16\u20130044512", "74\u201396"
                _ => c,
            });
        Assert.NotEqual(original, mangled.ToString());
        var (model, file) = Read(name, mangled.ToString());
        Assert.True(expected.Equals(model), $"{name} with Windows-1252 read as Latin-1 reads differently\n{Diff(expected, model)}");
        CheckSpans(name, file, model, "windows-1252 as latin-1");
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Any_layout_of_a_letter_reads_as_the_same_model(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var converted = IsConverted(original);
        var paragraphs = Paragraphs(original, converted);
        var expected = Read(name, original).Model;

        // Taking the letter apart and putting it together as it was already must not change it.
        var plain = Read(name, Render(paragraphs, new Layout(0, !converted && IsDoubleSpaced(original), Array.Empty<int>(), false, false, 0, 0), converted)).Model;
        Assert.True(expected.Equals(plain), $"{name}: the letter without its page furniture reads differently\n{Diff(expected, plain)}");

        Prop.ForAll(Layouts.ToArbitrary(), layout =>
        {
            var text = Render(paragraphs, layout, converted);
            var (model, file) = Read(name, text);
            if (!expected.Equals(model)) throw new Xunit.Sdk.XunitException($"{name} laid out with {layout} reads differently\n{Diff(expected, model)}\n--- text ---\n{text}");
            CheckSpans(name, file, model, layout.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true));
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void The_docx_of_a_letter_reads_as_the_same_model(string name)
    {
        var (expected, draft) = WordDraftOf(name);
        var paragraphs = draft.Select(p => p.Text).ToList();
        var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(paragraphs));
        Assert.True(expected.Equals(model), $"{name} as .docx reads differently\n{Diff(expected, model)}");
        CheckSpans(name, file, model, "docx");
    }

    public static IEnumerable<object[]> LettersWithHeadingsOfOneLine()
        => AllLetters().Where(letter => WordDraftOf((string)letter[0]).Paragraphs.Any(p => HeadingOfOneLine.IsMatch(p.Text)));

    /// <summary>An item heading of two words at least, with its outcome after a colon: "Norco 10/325mg #120: Upheld".</summary>
    private static readonly Regex HeadingOfOneLine = new(@"^(?<service>\S+(?: \S+)+):\s*(?<outcome>Upheld|Overturned)\s*$");

    /// <summary>
    /// A draft whose item headings are typed over two paragraphs ("Spinal cord stimulator trial with psychological
    /// clearance and" / "fluoroscopic guidance, lumbar: Overturned") reads as one that keeps each heading whole. In a .docx
    /// every paragraph is one line and no blank line parts them, so the rationale before a heading stands right above its
    /// first half: a probe found that half read as the rationale's last words (a false IMR005, "stops mid-sentence") and
    /// the service cut to its second half.
    /// </summary>
    [Theory]
    [MemberData(nameof(LettersWithHeadingsOfOneLine))]
    public void The_docx_of_a_letter_with_its_headings_typed_over_two_paragraphs_reads_as_the_same_model(string name)
    {
        var (expected, draft) = WordDraftOf(name);
        var paragraphs = new List<string>();
        foreach (var paragraph in draft.Select(p => p.Text))
        {
            var heading = HeadingOfOneLine.Match(paragraph);
            if (!heading.Success) { paragraphs.Add(paragraph); continue; }
            var words = heading.Groups["service"].Value.Split(' ');
            var half = (words.Length + 1) / 2;
            paragraphs.Add(string.Join(' ', words[..half]));
            paragraphs.Add(string.Join(' ', words[half..]) + ": " + heading.Groups["outcome"].Value);
        }
        var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(paragraphs));
        Assert.True(expected.Equals(model), $"{name} as .docx with its headings over two paragraphs reads differently\n{Diff(expected, model)}");
        CheckSpans(name, file, model, "docx, headings over two paragraphs");
    }

    public static IEnumerable<object[]> DoubleSpacedLetters()
        => AllLetters().Where(letter => File.ReadAllText(Letters.Example((string)letter[0])) is var text && !IsConverted(text) && IsDoubleSpaced(text));

    /// <summary>
    /// A double-spaced letter in PDF text whose blank lines all hold a space (a tool that writes one on each) reads as the
    /// one with empty lines does, wrapped at any width: in PDF text a line of spaces ends a paragraph, but where every line
    /// is followed by one they are the spacing. A probe found citations wrapped over such lines cut at each line's end
    /// (a false IMR007 on "Spinal cord", and the pages unchecked).
    /// </summary>
    [Theory]
    [MemberData(nameof(DoubleSpacedLetters))]
    public void A_double_spaced_letter_whose_blank_lines_hold_a_space_reads_as_the_same_model(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var expected = Read(name, original).Model;
        var paragraphs = Paragraphs(original, converted: false);
        foreach (var width in new[] { 50, 72, 96, 0 })
        {
            var text = Render(paragraphs, new Layout(width, true, Array.Empty<int>(), false, false, 0, width), converted: false);
            var spaced = string.Join('\n', text.Split('\n').Select(line => line.Trim().Length == 0 ? " " : line));
            Assert.NotEqual(text, spaced);
            var (model, file) = Read(name, spaced);
            Assert.True(expected.Equals(model), $"{name} at width {width} with a space on every blank line reads differently\n{Diff(expected, model)}\n--- text ---\n{spaced}");
            CheckSpans(name, file, model, $"width {width}, spaces on blank lines");
        }
    }

    /// <summary>
    /// A letter whose pages each end in a privacy notice and no page number reads as the one without them, wherever the
    /// page breaks fall (inside a heading, a citation, a rationale): a probe found the notice read into a heading wrapped
    /// over the break, a citation's topic and an empty rationale, since only a footer under a page number was looked for.
    /// So too where no form feed marks the pages, and only the notice's standing again at the letter's end tells it from
    /// the text (a later probe lost an item whose heading it split).
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLetters))]
    public void A_letter_whose_pages_end_in_a_privacy_notice_alone_reads_as_the_same_model(string name)
    {
        const string notice = "CONFIDENTIAL: This document contains protected health information.";
        var original = File.ReadAllText(Letters.Example(name)).Replace("\r\n", "\n").TrimEnd('\n');
        if (original.Contains('\f') || IsConverted(original)) return; // pages of their own; Markdown has none
        var expected = Read(name, original).Model;
        var lines = original.Split('\n');
        // A notice that stands once, at the letter's end, cannot be told from its text: two pages at least.
        foreach (var every in new[] { 9, 14, 23 }.Where(every => every < lines.Length))
        foreach (var formFeed in new[] { "\f", "" })
        {
            var paged = new List<string>();
            for (var i = 0; i < lines.Length; i++)
            {
                paged.Add(i > 0 && i % every == 0 ? formFeed + lines[i] : lines[i]);
                if (i + 1 < lines.Length && (i + 1) % every == 0) paged.Add(notice);
            }
            paged.Add(notice);
            var (model, file) = Read(name, string.Join('\n', paged));
            var breaks = formFeed.Length > 0 ? "form feeds" : "no form feed";
            Assert.True(expected.Equals(model), $"{name} with a notice ending every {every} lines, {breaks}, reads differently\n{Diff(expected, model)}");
            CheckSpans(name, file, model, $"notice every {every} lines, {breaks}");
        }
    }

    public static IEnumerable<object[]> NumberedLetters()
        => AllLetters().Where(letter => WordDraftOf((string)letter[0]).Paragraphs.Any(p => DocxWriter.NumberOf(p.Text) is not null));

    /// <summary>
    /// A draft whose numbered paragraphs are Word's automatic numbering shows the numbers that its text does not hold:
    /// a 2013 letter so typed read as no items (a false IMR005), as its decisions and issues are known by their numbers.
    /// Every letter with numbered paragraphs, the numbers on the paragraphs or through a "List Number" style, lists that
    /// run on and lists that start again or set their own start, reads as its plain draft does.
    /// </summary>
    [Theory]
    [MemberData(nameof(NumberedLetters))]
    public void The_docx_of_a_letter_with_automatic_numbering_reads_as_the_same_model(string name)
    {
        var (expected, draft) = WordDraftOf(name);
        var paragraphs = draft.Select(p => p.Text).ToList();
        var typed = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(paragraphs)).File.Text;
        foreach (var numbering in new[] { DocxWriter.AutoNumbering.Direct, DocxWriter.AutoNumbering.ByStyle, DocxWriter.AutoNumbering.OwnStarts })
        {
            var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(paragraphs, numbering: numbering));
            // The numbers as Word shows them, where the typed draft holds them: the same text, so the same lines.
            Assert.Equal(typed, file.Text);
            Assert.True(expected.Equals(model), $"{name} as .docx numbered {numbering} reads differently\n{Diff(expected, model)}");
            CheckSpans(name, file, model, "docx numbered " + numbering);
        }
    }

    /// <summary>
    /// A draft may set its headings, labels and item headings as lists too ("II. CLINICAL CASE SUMMARY", "3. Decision
    /// rationale: ...", "A. Norco 10/325mg #90: Upheld"): the numbers Word shows are not the letter's, and a probe found
    /// such drafts read with no summary, no items or no citations once list numbers were shown. Every letter, its
    /// section headings in an upper-Roman list, its labelled paragraphs in a decimal one and its item headings in a
    /// lettered one, reads as its plain draft does.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLetters))]
    public void The_docx_of_a_letter_with_its_headings_and_labels_in_lists_reads_as_the_same_model(string name)
    {
        var (expected, draft) = WordDraftOf(name);
        var paragraphs = draft.Select(p => p.Text).ToList();
        DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues? FormatOf(string text)
        {
            if (DocxWriter.NumberOf(text) is not null) return null;
            if (ImrDsl.Domain.Letters.LetterReader.IsSectionHeading(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))) return DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.UpperRoman;
            if (ImrDsl.Domain.Letters.LetterReader.OpensWithLabelOrHeading(text)) return DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.Decimal;
            return System.Text.RegularExpressions.Regex.IsMatch(text, @":\s*(Upheld|Overturned)\s*$") ? DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.UpperLetter : null;
        }
        Assert.Contains(paragraphs, p => FormatOf(p) is not null);
        var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.CreateListed(paragraphs, FormatOf));
        Assert.True(expected.Equals(model), $"{name} as .docx with its headings and labels in lists reads differently\n{Diff(expected, model)}");
        CheckSpans(name, file, model, "docx headings and labels in lists");
    }

    /// <summary>How a Word author (or a converter that rebuilds a page as one paragraph) breaks lines by hand.</summary>
    /// <param name="Width">0: each of the letter's paragraphs stays one line; else prose is broken by hand at this width.</param>
    /// <param name="Joined">How many of the letter's paragraphs at most share one Word paragraph, a manual break apart.</param>
    public sealed record ManualBreaks(int Width, int Joined, int Seed)
    {
        public override string ToString() => $"width {Width}, up to {Joined} paragraphs in one, seed {Seed}";
    }

    private static readonly Gen<ManualBreaks> ManualBreakLayouts =
        from width in Gen.Elements(0, 0, 50, 70, 90, 120)
        from joined in Gen.Choose(1, 8)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new ManualBreaks(width, joined, seed);

    /// <summary>
    /// A line Word shows is a line, whether a paragraph ends it or a manual break (Shift+Enter, a carriage return, a column
    /// or page break): a draft typed with them read as one line per paragraph, so a letter with all its lines broken by
    /// hand had no items and no summary. The letter's paragraphs, several to a Word paragraph and prose broken by hand at
    /// a width, with absolute tabs for some tabs, must read as the same model with its spans on the same words.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLetters))]
    public void The_docx_of_a_letter_with_lines_broken_by_hand_reads_as_the_same_model(string name)
    {
        var (expected, paragraphs) = WordDraftOf(name);
        Prop.ForAll(ManualBreakLayouts.ToArbitrary(), layout =>
        {
            var random = new Random(layout.Seed);
            char Break() => "\n\n\n\r\v\f"[random.Next(6)];
            var word = new List<string>();
            for (var i = 0; i < paragraphs.Count;)
            {
                var joined = new StringBuilder();
                for (var count = 1 + random.Next(layout.Joined); count > 0 && i < paragraphs.Count; count--, i++)
                {
                    var paragraph = paragraphs[i];
                    var lines = paragraph.Text.Split('\n').SelectMany(segment => paragraph.Hard || layout.Width == 0 ? new[] { segment } : Wrap(segment, layout.Width));
                    foreach (var line in lines)
                    {
                        if (joined.Length > 0) joined.Append(Break());
                        joined.Append(line.Replace('\t', random.Next(3) == 0 ? DocxWriter.PositionalTab : '\t'));
                    }
                }
                word.Add(joined.ToString());
            }
            var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(word));
            if (!expected.Equals(model)) throw new Xunit.Sdk.XunitException($"{name} as .docx with {layout} reads differently\n{Diff(expected, model)}\n--- paragraphs ---\n{string.Join("\n¶\n", word)}");
            CheckSpans(name, file, model, $"docx with {layout}");
            // The same lines typed as plain text, with no blank line between paragraphs, read the same.
            var typed = string.Join("\n", word).Replace('\r', '\n').Replace('\v', '\n').Replace('\f', '\n').Replace(DocxWriter.PositionalTab, '\t');
            var (typedModel, typedFile) = Read(name, typed);
            if (!expected.Equals(typedModel)) throw new Xunit.Sdk.XunitException($"{name} typed with {layout} and no blank lines reads differently\n{Diff(expected, typedModel)}\n--- text ---\n{typed}");
            CheckSpans(name, typedFile, typedModel, $"typed with {layout}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// A Word table row is a line, its cells a tab apart: a draft that sets each item's heading as a row of two cells
    /// ("Norco 10/325mg #120" | "Upheld"), with or without the colon, and its header's tabbed lines as rows of cells,
    /// read one line per cell, so no heading reached its outcome and the letter had no items. Every example letter so set
    /// reads as the same model, with its spans on its words.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLetters))]
    public void The_docx_of_a_letter_set_in_tables_reads_as_the_same_model(string name)
    {
        var (expected, draft) = WordDraftOf(name);
        var paragraphs = draft.Select(p => p.Text).ToList();
        foreach (var keepColon in new[] { false, true })
        {
            var rows = 0;
            var word = paragraphs.Select(paragraph =>
            {
                if (Regex.Match(paragraph, @"^([^\n]+?):\s*(Upheld|Overturned)$") is { Success: true } heading)
                {
                    rows++;
                    return heading.Groups[1].Value + (keepColon ? ":" : "") + DocxWriter.CellBreak + heading.Groups[2].Value;
                }
                if (!paragraph.Contains('\t') || paragraph.Contains('\n')) return paragraph;
                rows++;
                return Regex.Replace(paragraph, @"\s*\t\s*", DocxWriter.CellBreak.ToString());
            }).ToList();
            var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(word));
            Assert.True(expected.Equals(model), $"{name} in tables ({rows} rows, colon {keepColon}) reads differently\n{Diff(expected, model)}");
            CheckSpans(name, file, model, $"docx in tables, colon {keepColon}");
        }
    }

    /// <summary>
    /// A border or layout table around the whole letter (one-cell tables, one in another) holds lines of many paragraphs,
    /// which stay lines; a tracked deletion of a break, a tab and a word between two words shows nothing, as in Word, so
    /// it neither breaks the line nor adds to it (a finding's line number below one was off by one). Every example
    /// letter so set has the same text as its plain draft, and reads as the same model.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllLetters))]
    public void The_docx_of_a_letter_in_nested_tables_with_tracked_deletions_reads_as_the_same_model(string name)
    {
        var (expected, draft) = WordDraftOf(name);
        var plain = draft.Select(p => p.Text).ToList();
        var paragraphs = plain.Select(p => p.Replace(" the ", " the" + DocxWriter.Deleted + " ")).ToList();
        Assert.Contains(paragraphs, p => p.Contains(DocxWriter.Deleted));
        var (_, plainFile) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(plain));
        var (model, file) = Letters.Read(Path.ChangeExtension(name, ".docx"), DocxWriter.Create(paragraphs, nestedTables: 3));
        Assert.Equal(plainFile.Text, file.Text);
        Assert.True(expected.Equals(model), $"{name} in nested tables with tracked deletions reads differently\n{Diff(expected, model)}");
        CheckSpans(name, file, model, "docx in nested tables");
    }

    private static (Determination Model, SourceFile File) Read(string name, string text) => Letters.Read(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The model the letter's own file reads as, and its paragraphs as a Word author has them (markup left out).</summary>
    private static (Determination Expected, List<Paragraph> Paragraphs) WordDraftOf(string name)
    {
        var original = File.ReadAllText(Letters.Example(name));
        var converted = IsConverted(original);
        return (Read(name, original).Model, Paragraphs(original, converted).Select(p => converted ? p with { Text = Unmark(p.Text) } : p).ToList());
    }

    // ---- taking a letter apart ----------------------------------------------------------------------

    /// <summary>
    /// A paragraph as a person sees it; a hard paragraph (a heading, a header cell, markup) is never re-wrapped, but a
    /// label standing alone in PDF text is wrapped like prose when the width is narrower than it (2013 letters' labels
    /// are longer than some PDFs are wide).
    /// </summary>
    internal sealed record Paragraph(string Text, bool Hard, bool BreakBefore, bool Label = false);

    private static readonly string[] LineStarts =
    {
        "Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:", "Medical Treatment Guideline", "Guidelines Used by", "Guideline(s) Used by",
        "Rationale for the Decision:", "State(s) of Licensure:", "Certification(s)/Specialty:", "The Expert Reviewer has the following credentials:",
    };

    /// <summary>The converted layout marks headings and labels up ("### ", "**Label:**", "&lt;b&gt;"), whatever the file is called.</summary>
    private static bool IsConverted(string text) => Regex.IsMatch(text, @"^(#+ |\*\*|<b>)", RegexOptions.Multiline);

    private static bool IsDoubleSpaced(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var textLines = lines.Count(l => l.Trim().Length > 0);
        var adjacent = lines.Zip(lines.Skip(1)).Count(p => p.First.Trim().Length > 0 && p.Second.Trim().Length > 0);
        return adjacent * 4 < textLines;
    }

    /// <summary>
    /// The letter's paragraphs: in double-spaced PDF text a line of spaces ends one, elsewhere an empty line does. Within
    /// a paragraph, a long line was wrapped by the converter and is joined to the next; a short line, a labelled line,
    /// a numbered line, a heading or a line with markup, tabs or table gaps (two spaces) keeps its own line. A line that ends in a hyphen keeps
    /// its line end (it may be a word split in two). Page furniture is dropped.
    /// </summary>
    internal static List<Paragraph> Paragraphs(string text, bool converted)
    {
        var doubleSpaced = !converted && IsDoubleSpaced(text);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Where(l => !l.Contains('\f') && !Regex.IsMatch(l.Trim(), @"^Page [0-9]+ of [0-9]+$")).ToList();
        var paragraphs = new List<Paragraph>();
        var current = new StringBuilder();
        var breakBefore = false;
        var currentHard = false;
        var currentLabel = false;
        void Flush(bool hard)
        {
            if (current.Length > 0) paragraphs.Add(new Paragraph(current.ToString(), hard, breakBefore, currentLabel));
            current.Clear();
            breakBefore = false;
        }
        var maxWidth = lines.Max(l => l.TrimEnd().Length);
        var hasSpaceLines = lines.Any(l => l.Length > 0 && l.Trim().Length == 0);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            // Double-spaced PDF text marks paragraph ends with a line of spaces. A letter that has none, only empty lines
            // (a typed letter with a blank line after every one-line paragraph), breaks its paragraphs at those.
            var isBreak = doubleSpaced && hasSpaceLines ? lines[i].Length > 0 && line.Length == 0 : line.Length == 0;
            if (line.Length == 0)
            {
                if (isBreak) { Flush(currentHard); breakBefore = true; }
                continue;
            }
            var content = line.TrimStart();
            var label = content.EndsWith(':') && LineStarts.Any(s => content.StartsWith(s, StringComparison.OrdinalIgnoreCase)); // a label standing alone is a heading
            var hard = converted && (content.StartsWith("# ") || content.StartsWith("##") || content.StartsWith("<b>") || content.StartsWith("**"))
                       || content.Contains('\t') || content.Contains("  ") || content.ToUpperInvariant() == content && content.Any(char.IsLetter)
                       || label;
            var startsParagraph = hard || LineStarts.Any(s => content.StartsWith(s, StringComparison.OrdinalIgnoreCase)) || Regex.IsMatch(content, @"^\(?[0-9]{1,2}[.)] ");
            if (startsParagraph && current.Length > 0) Flush(currentHard);
            if (current.Length == 0) (currentHard, currentLabel) = (hard, label && !converted);
            if (current.Length > 0) current.Append(current[^1] == '-' ? "\n" : " ");
            current.Append(content);
            var wrapped = !hard && line.Length >= Math.Max(50, maxWidth * 3 / 5) && !content.EndsWith(':');
            if (!wrapped) Flush(currentHard);
        }
        Flush(currentHard);
        return paragraphs;
    }

    private static string Unmark(string line) => line.Replace("<b>", "").Replace("</b>", "").Replace("**", "").TrimStart('#').TrimStart();

    // ---- putting it together again --------------------------------------------------------------------

    private const string PageHeader = "Independent Medical Review Final Determination Letter";

    internal static string Render(List<Paragraph> paragraphs, Layout layout, bool converted)
    {
        var random = new Random(layout.Seed);
        layout = layout with { DoubleSpaced = layout.DoubleSpaced && !converted };
        var caseNumber = paragraphs.Select(p => Regex.Match(p.Text, @"\bCM[0-9]{2}-[0-9]{7}\b")).FirstOrDefault(m => m.Success)?.Value ?? "CM16-0123456";
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.BreakBefore && lines.Count > 0) lines.Add(layout.DoubleSpaced ? " " : "");
            else if (converted && lines.Count > 0) lines.Add("");
            foreach (var segment in paragraph.Text.Split('\n'))
                lines.AddRange(paragraph.Hard && !paragraph.Label || layout.Width == 0 ? new[] { segment } : Wrap(segment, layout.Width));
        }

        // Page breaks between two lines: a footer, a form feed and the header the next page repeats; or, bare, an empty
        // line and a form feed before the next line.
        var breaks = layout.PageBreaks.Select(b => lines.Count == 0 ? 0 : 1 + b % Math.Max(1, lines.Count - 1)).Distinct().OrderByDescending(b => b).ToList();
        var pageTops = new HashSet<string>();
        for (var b = 0; b < breaks.Count; b++)
        {
            if (!layout.BareBreaks)
            {
                var header = HeaderBlock(layout.HeaderLines, caseNumber);
                lines.InsertRange(breaks[b], FooterBlock(layout.FooterLinesAbove).Append(FooterLine(layout.Footer, breaks.Count - b, breaks.Count + 1))
                    .Append("\f" + header[0]).Concat(header.Skip(1)));
            }
            else
            {
                // pdftotext writes the form feed before the next page's first text, never on a blank line. Two pages that
                // open with the same line are a running header to any reader, so no two bare pages do.
                var next = breaks[b];
                while (next < lines.Count && lines[next].Trim().Length == 0) next++;
                if (next == lines.Count || !pageTops.Add(lines[next].Trim())) continue;
                lines[next] = "\f" + lines[next];
                lines.Insert(breaks[b], "");
            }
        }
        if (breaks.Count > 0 && !layout.BareBreaks)
        {
            if (layout.HeaderOnTop) lines.InsertRange(0, HeaderBlock(layout.HeaderLines, caseNumber));
            lines.AddRange(FooterBlock(layout.FooterLinesAbove));
            lines.Add(FooterLine(layout.Footer, breaks.Count + 1, breaks.Count + 1));
        }
        if (layout.AddressBelowLastFooter && !layout.BareBreaks)
        {
            if (breaks.Count == 0) lines.Add(FooterLine(layout.Footer, 1, 1));
            lines.AddRange(new[] { "MAXIMUS Federal Services, Inc.", "P.O. Box 138009, Sacramento, CA 95813-8009" });
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var typed = Typography(line, layout.Typography, random);
            text.Append(typed);
            if (layout.TrailingSpaces && typed.Trim().Length > 0) text.Append(' ', random.Next(0, 4));
            text.Append(LineEnd(layout.LineEnds, random));
            if (layout.DoubleSpaced && line.Trim().Length > 0) text.Append(LineEnd(layout.LineEnds, random));
        }
        return layout.Crlf && layout.LineEnds == 0 ? text.ToString().Replace("\n", "\r\n") : text.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>
    /// What converters do to the same words: 1 curly quotes and en dashes, 2 ligatures and no-break spaces, 3 invisible
    /// characters, 4 escapes as a converter to Markdown writes them.
    /// </summary>
    private static string Typography(string line, int level, Random random)
    {
        if (level == 0 || line.StartsWith('\f')) return line;
        var text = new StringBuilder(line.Length + 8);
        var open = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (level >= 4 && Escape(line, i, random) is { } escape) { text.Append(escape); continue; }
            if (level >= 1 && c == '"') { text.Append(open ? '\u201C' : '\u201D'); open = !open; continue; }
            if (level >= 1 && c == '\'') { text.Append('\u2019'); continue; }
            if (level >= 1 && c == '-' && i > 0 && char.IsAsciiDigit(line[i - 1]) && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1])) { text.Append('\u2013'); continue; }
            if (level >= 2 && c == 'f' && i + 1 < line.Length && line[i + 1] == 'i' && random.Next(2) == 0) { text.Append('\uFB01'); i++; continue; }
            if (level >= 2 && c == ' ' && i > 0 && line[i - 1] != '\t' && random.Next(10) == 0) { text.Append('\u00A0'); continue; }
            text.Append(c);
            if (level >= 3 && char.IsLetter(c) && i + 1 < line.Length && line[i + 1] == ' ' && random.Next(8) == 0) text.Append('\u200B');
        }
        return text.ToString();
    }

    /// <summary>
    /// An escape for the character at <paramref name="i"/>, some of the time: a quantity's '#' (not a heading's), an
    /// ampersand, a space, an apostrophe or a dash between digits. Markup ('*', '_', '&lt;b&gt;') is never escaped.
    /// </summary>
    private static string? Escape(string line, int i, Random random)
    {
        var c = line[i];
        var digitAround = i > 0 && char.IsAsciiDigit(line[i - 1]) && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]);
        return c switch
        {
            '#' when i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]) => random.Next(2) == 0 ? "\\#" : "&#35;",
            '&' => "&amp;",
            ' ' when i > 0 && line[i - 1] != '\t' && random.Next(12) == 0 => random.Next(2) == 0 ? "&nbsp;" : "&#160;",
            '\'' when random.Next(2) == 0 => random.Next(2) == 0 ? "&rsquo;" : "&#x2019;",
            '-' when digitAround && random.Next(2) == 0 => "&ndash;",
            '(' when random.Next(4) == 0 => "\\(",
            _ => null,
        };
    }

    // ---- comparing --------------------------------------------------------------------------------------

    private static string Diff(Determination expected, Determination actual)
    {
        var a = CaseDocument(expected).Split('\n');
        var b = CaseDocument(actual).Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 12; i++)
        {
            var x = i < a.Length ? a[i] : "";
            var y = i < b.Length ? b[i] : "";
            if (x != y) lines.Add($"- {x}\n+ {y}");
        }
        return string.Join("\n", lines);
    }

    private static string CaseDocument(Determination d) => ImrDsl.Domain.Export.CaseDocumentWriter.Write(d);

    /// <summary>Every span lies inside the file and starts and ends at its value's words (letters and digits, typography folded).</summary>
    internal static void CheckSpans(string name, SourceFile file, Determination model, string how)
    {
        void Check(string what, SourceSpan span, string? value)
        {
            if (!span.IsKnown) return;
            Assert.True(Inside(file, span), $"{name} ({how}): {what} span {span} lies outside the file");
            if (string.IsNullOrWhiteSpace(value)) return;
            // Page furniture may lie inside a span that runs over a page break, so compare the first and the last word.
            var at = Words(Letters.At(file, span));
            // A word split by a line-end hyphen may have furniture inside it too, so only its outer letters are compared.
            var words = Regex.Split(value.Normalize(NormalizationForm.FormKC), @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0).Select(Words).ToList();
            if (words.Count == 0) return;
            var (head, tail) = (words[0][..Math.Min(4, words[0].Length)], words[^1][^Math.Min(4, words[^1].Length)..]);
            Assert.True(at.StartsWith(head, StringComparison.Ordinal) && at.EndsWith(tail, StringComparison.Ordinal),
                $"{name} ({how}): {what} span {span} covers \"{Letters.At(file, span)}\" but the value is \"{value}\"");
        }
        foreach (var field in model.Spans.Fields) Check(field, model.Spans[field], null);
        Check("case-number", model.Spans["case-number"], model.CaseNumber);
        if (model.Summary is { } summary) Check("summary", summary.Spans["text"], summary.Text);
        if (model.Reviewer is { } reviewer) Check("specialty", reviewer.Spans["specialty"], reviewer.Specialty);
        foreach (var item in model.Items)
        {
            Check("item", item.Span, null);
            Check("service", item.Spans["service"], item.Service);
            Check("rationale", item.Spans["rationale"], item.Rationale);
            Check("conclusion", item.Spans["conclusion"], item.Conclusion);
            foreach (var citation in item.Citations)
            {
                Check("citation", citation.Span, null);
                Check("guideline", citation.Spans["guideline"], citation.Guideline);
                Check("topic", citation.Spans["topic"], citation.Topic);
                Check("non-mtus", citation.Spans["non-mtus"], citation.NonMtus);
            }
        }
    }

    private static string Words(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static bool Inside(SourceFile file, SourceSpan span)
    {
        bool Valid(int line, int column) => line >= 1 && line <= file.Lines.LineCount && column >= 1 && column <= file.LineText(line).Length + 1;
        var ordered = span.EndLine > span.Line || span.EndLine == span.Line && span.EndColumn >= span.Column;
        return Valid(span.Line, span.Column) && Valid(span.EndLine, span.EndColumn) && ordered;
    }
}
