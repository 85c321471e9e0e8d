using ImrDsl.TestSupport;
using ImrDsl.Domain.Letters;
using System.Text;
using ImrDsl.Domain.Export;
using ImrDsl.Parsing;
using ImrDsl.Runtime;
using ImrDsl.Semantics;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

public class LayoutTests
{
    public static IEnumerable<object[]> ExampleLetters() => Letters.ExampleFiles.Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(ExampleLetters))]
    public void Letter_to_imr_to_model_round_trips(string name)
    {
        var (model, _) = Letters.Read(Letters.Example(name));
        var document = CaseDocumentWriter.Write(model);
        var syntax = ImrParser.Parse(name + ".imr", document);
        var compilation = ImrCompilation.Create(new[] { syntax }, StandardLibrary.Files);
        Assert.True(compilation.Diagnostics.Count == 0, string.Join("\n", compilation.Diagnostics) + "\n" + document);
        var reread = Assert.Single(Determination.ReadDocuments(ImrDsl.Binding.BlockReader.Documents(syntax)));
        Assert.Equal(model, reread);
    }

    /// <summary>
    /// A heading wrapped over a page break, below an item whose rationale is a placeholder with no full stop ("Decision
    /// rationale: TBD"), is read whole, wherever it wraps and however the page breaks (a footer, a form feed and a running
    /// header; a bare form feed). The accuracy run's letter took "refills: Upheld" for the heading and the heading's first
    /// line for the placeholder's rationale: a missed IMR001, and a false IMR003, IMR004 and IMR005.
    /// </summary>
    [Fact]
    public void A_heading_wrapped_over_a_page_break_below_a_placeholder_rationale_is_read_whole()
    {
        const string heading = "Retrospective request for Lidoderm (lidocaine patch) 5% #30 with 2 refills";
        var words = heading.Split(' ');
        var breaks = new[]
        {
            "Page 3 of 4 \n\n\fFinal Determination Letter for IMR Case Number CM18-2252784\n\n \n\n",
            "\fFinal Determination Letter for IMR Case Number CM18-2252784\n\n \n\n",
            "\f",
        };
        foreach (var placeholder in new[] { "TBD", "TBD ", "XXX", "To follow", "Pending" })
        foreach (var pageBreak in breaks)
        for (var split = 3; split < words.Length; split++)
        {
            var text = "CLINICAL CASE SUMMARY\n\n \n\nThe injured worker is a 50 year old male with low back pain.\n\n \n\n"
                       + "IMR ISSUES, DECISIONS AND RATIONALES\n\n \n\nNaproxen 550mg #60: Upheld\n\n \n\n"
                       + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-73.\n\n \n\n"
                       + "Decision rationale: " + placeholder + "\n\n \n\n" + pageBreak
                       + string.Join(' ', words[..split]) + "\n\n" + string.Join(' ', words[split..]) + ": Upheld\n\n \n\n"
                       + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Lidoderm (lidocaine patch) Page(s): 56-57.\n\n \n\n"
                       + "Decision rationale: The records do not document a trial of first-line therapy. The request is not medically necessary.\n";
            var (model, _) = Letters.Read("letter.txt", Encoding.UTF8.GetBytes(text));
            var detail = $"placeholder '{placeholder}', split after {split} words, break {pageBreak.Length} chars\n{text}";
            Assert.True(new[] { "Naproxen 550mg #60", heading }.SequenceEqual(model.Items.Select(i => i.Service)), detail);
            Assert.Equal(placeholder.Trim(), model.Items[0].Rationale?.Trim());
        }
    }

    /// <summary>
    /// A sentence's last word carried over a page break is the rationale's, though it opens two pages: "appropriate." below
    /// the running header on two pages was taken for a header line (a one-word line with no word in lower case after a
    /// space did not read as a sentence), and the rationale stopped at "is medically" (a false IMR005 in the accuracy run).
    /// </summary>
    [Theory]
    [InlineData("appropriate.")]
    [InlineData("necessary.")]
    [InlineData("certified.")]
    [InlineData("indicated!")]
    public void A_last_word_carried_over_two_page_breaks_stays_in_its_rationale(string word)
    {
        const string header = "Final Determination Letter for IMR Case Number CM17-3398651";
        string Item(int n, string service, string pageNumber)
            => $"{n}) Regarding the request for {service}:\n\nMedical Treatment Guideline(s) Used by the Expert Reviewer:\n"
               + "The Expert Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines, Antidepressants, pages\n"
               + "13-16, which is part of the MTUS.\n\nRationale for the Decision: The records document functional improvement and a reduction\n"
               + $"in pain. Therefore, the request for {service} is medically\nPage {pageNumber} of 4\n\f{header}\n{word}\n\n";
        var text = header + "\n\nCLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male with low back pain.\n\n"
                   + "IMR ISSUES, DECISIONS AND RATIONALES\n\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\n"
                   + "1) Amitriptyline 25mg #30 is medically necessary and appropriate.\n\n2) Duloxetine 30mg #30 is medically necessary and appropriate.\n\n"
                   + Item(1, "Amitriptyline 25mg #30", "2") + Item(2, "Duloxetine 30mg #30", "3");
        var (model, _) = Letters.Read("letter.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(2, model.Items.Count);
        Assert.All(model.Items, item => Assert.EndsWith("is medically " + word, item.Rationale, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("seed-000.txt")]
    [InlineData("seed-003.txt")]
    [InlineData("multi-item-pdf.txt")]
    [InlineData("converted-multi.md")]
    public void Crlf_and_cr_line_ends_give_the_same_model_at_the_same_lines_and_columns(string name)
    {
        var lf = File.ReadAllText(Letters.Example(name)).Replace("\r\n", "\n");
        var expected = Letters.Read(name, Encoding.UTF8.GetBytes(lf)).Model;
        foreach (var ending in new[] { "\r\n", "\r" })
        {
            var actual = Letters.Read(name, Encoding.UTF8.GetBytes(lf.Replace("\n", ending))).Model;
            Assert.Equal(expected, actual);
            Assert.Equal(AllSpans(expected), AllSpans(actual));
        }
    }

    [Fact]
    public void Encodings_are_recognised_by_bom_and_legacy_files_fall_back_to_windows_1252()
    {
        var text = File.ReadAllText(Letters.Example("seed-002.txt")).Replace("Family Practice", "Médecine familiale – générale");
        var utf8 = Encoding.UTF8.GetBytes(text);
        var variants = new Dictionary<string, byte[]>
        {
            ["utf-8"] = utf8,
            ["utf-8 bom"] = Encoding.UTF8.GetPreamble().Concat(utf8).ToArray(),
            ["utf-16 le"] = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            ["utf-16 be"] = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            // UTF-32 LE's mark starts with UTF-16 LE's: it must not be read as UTF-16 with a NUL after every character.
            ["utf-32 le"] = Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
            ["utf-32 be"] = new UTF32Encoding(true, true).GetPreamble().Concat(new UTF32Encoding(true, true).GetBytes(text)).ToArray(),
            ["windows-1252"] = CodePages().GetBytes(text),
        };
        var expected = Letters.Read("seed-002.txt", utf8).Model;
        // Accents survive every encoding; the en dash is read as the hyphen it stands for (typography is normalized).
        Assert.Equal("Médecine familiale - générale", expected.Reviewer!.Specialty);
        foreach (var (encoding, bytes) in variants)
        {
            var actual = Letters.Read("seed-002.txt", bytes).Model;
            Assert.True(expected.Equals(actual), encoding);
            Assert.Equal(AllSpans(expected), AllSpans(actual));
        }
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [Fact]
    public void A_docx_draft_reads_like_its_text_and_points_at_paragraphs()
    {
        var markdown = File.ReadAllText(Letters.Example("converted-multi.md"));
        var paragraphs = DocxWriter.ParagraphsOf(markdown).ToList();
        var (fromDocx, file) = Letters.Read("draft.docx", DocxWriter.Create(paragraphs));
        var (fromMarkdown, _) = Letters.Read(Letters.Example("converted-multi.md"));
        Assert.Equal(fromMarkdown, fromDocx);

        // A location counts the paragraphs a Word user sees text in; the empty ones between them do not count.
        var item = fromDocx.Items[1];
        var shown = paragraphs.Where(p => p.Trim().Length > 0).ToList();
        var paragraph = shown.FindIndex(p => p.StartsWith("TRAMADOL ER 150MG #30", StringComparison.Ordinal)) + 1;
        Assert.True(paragraph < paragraphs.FindIndex(p => p.StartsWith("TRAMADOL ER 150MG #30", StringComparison.Ordinal)) + 1);
        Assert.Equal((paragraph, 1), (item.Spans["service"].Line, item.Spans["service"].Column));
        Assert.Equal("TRAMADOL ER 150MG #30", Letters.At(file, item.Spans["service"]));
    }

    /// <summary>Word's list numbers in each format it offers for them, as a numbered paragraph shows them.</summary>
    [Theory]
    [InlineData(1, "decimal", "1")]
    [InlineData(12, "decimal", "12")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(1, "lowerLetter", "a")]
    [InlineData(26, "lowerLetter", "z")]
    [InlineData(27, "lowerLetter", "aa")]
    [InlineData(53, "upperLetter", "AAA")]
    [InlineData(4, "lowerRoman", "iv")]
    [InlineData(1990, "upperRoman", "MCMXC")]
    [InlineData(3, "bullet", "")]
    [InlineData(3, "none", "")]
    [InlineData(3, "ordinal", "3")]
    public void List_numbers_read_in_their_format(int number, string format, string shown)
        => Assert.Equal(shown, DocxText.Numbering.Formatted(number, format));

    /// <summary>
    /// What Word shows is what is read: a non-breaking hyphen is a hyphen ("74‑96" was page 7496, "non‑certified" was no
    /// verdict), an optional hyphen inside a word and a hidden run show nothing. Every example letter, as a Word draft
    /// with each hyphen made non-breaking, optional hyphens inside long words and hidden words between words, reads
    /// exactly as the plain draft does.
    /// </summary>
    [Fact]
    public void A_docx_draft_reads_as_Word_shows_it()
    {
        var examples = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "examples", "letters")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));
        var items = 0;
        foreach (var example in examples)
        {
            var paragraphs = DocxWriter.ParagraphsOf(File.ReadAllText(example)).ToList();
            var (plain, _) = Letters.Read("draft.docx", DocxWriter.Create(paragraphs));
            var dressed = paragraphs.Select(Dress).ToList();
            var (asWordShowsIt, _) = Letters.Read("draft.docx", DocxWriter.Create(dressed));
            Assert.True(plain == asWordShowsIt, Path.GetFileName(example));
            items += plain.Items.Count;
        }
        Assert.True(items > 20, $"the examples read as Word drafts hold only {items} items");

        static string Dress(string paragraph)
        {
            var words = paragraph.Replace('-', '\u2011').Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i].Length >= 8 && words[i].All(char.IsLetter)) words[i] = words[i][..4] + "\u00AD" + words[i][4..];
                if (i % 5 == 4) words[i] = DocxWriter.HiddenStart + "not " + DocxWriter.HiddenEnd + words[i];
            }
            return string.Join(' ', words);
        }
    }

    [Fact]
    public void A_docx_without_its_name_is_known_by_its_zip_signature()
    {
        var paragraphs = DocxWriter.ParagraphsOf(File.ReadAllText(Letters.Example("converted-multi.md"))).ToList();
        var decoded = LetterSource.Decode("<stdin>", DocxWriter.Create(paragraphs), 64L * 1024 * 1024);
        Assert.Null(decoded.Problem);
        Assert.Equal(2, LetterReader.Standard.Read(decoded.File!).Items.Count);
    }

    [Fact]
    public void The_checked_in_docx_draft_is_read()
    {
        var (model, _) = Letters.Read(Letters.Example("draft.docx"));
        Assert.Equal(2, model.Items.Count);
        Assert.Equal(new Outcome?[] { Outcome.Overturned, Outcome.Upheld }, model.Items.Select(i => i.Outcome));
    }

    /// <summary>
    /// What a bare page number is, where one may stand (the last line before a page break, the first after one): a number
    /// alone, perhaps with its total, perhaps between dashes. A range cut at a line's end ("74-" / "96") is text; the
    /// layout property found "74-" at the top of a page taken for a page number, and the citation read as page 96.
    /// </summary>
    [Theory]
    [InlineData("2", true)]
    [InlineData("12", true)]
    [InlineData("- 2 -", true)]
    [InlineData("\u2013 2 \u2013", true)]
    [InlineData("-2-", true)]
    [InlineData("2/5", true)]
    [InlineData("2 of 5", true)]
    [InlineData("2 OF 5", true)]
    [InlineData("74-", false)]
    [InlineData("-96", false)]
    [InlineData("- 96.", false)]
    [InlineData("2.", false)]
    [InlineData("12345", false)]
    [InlineData("2 of", false)]
    [InlineData("2 often", false)]
    [InlineData("1)", false)]
    [InlineData("2a", false)]
    [InlineData("-", false)]
    public void A_bare_page_number_is_a_number_alone(string line, bool isPageNumber)
        => Assert.Equal(isPageNumber, LetterScan.IsBarePageNumber(line, 0, line.Length));

    /// <summary>
    /// A number between dashes at a page break is the page's footer whatever it says (a letter cut from a longer file
    /// numbers its pages from that file's start): a probe's verdict hyphenated over "- 4 -" on the first page was read as
    /// no verdict. A number without dashes there must still be the page's own, so a cited page carried onto a line of its
    /// own stays text.
    /// </summary>
    [Theory]
    [InlineData("- 4 -", true)]
    [InlineData("- 1 -", true)]
    [InlineData("\u2013 17 \u2013", true)]
    [InlineData("4", false)]
    public void A_page_number_between_dashes_at_a_page_break_is_furniture_whatever_its_number(string footer, bool furniture)
    {
        foreach (var spacing in new[] { "\n", "\n\n" })
        {
            var text = ("CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                        + "Norco 10/325mg #120: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                        + "Decision rationale: No benefit is documented. Therefore, the request for Norco 10/325mg #120 is not medi-\n"
                        + footer + "\n\fcally necessary.\n").Replace("\n\n", spacing);
            var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
            var rationale = Assert.Single(model.Items).Rationale;
            Assert.Equal(furniture, rationale!.EndsWith("is not medically necessary.", StringComparison.Ordinal));
            Assert.Equal(furniture, Assert.Single(model.Items).Conclusion is not null);
        }
    }

    [Fact]
    public void The_pdf_layout_features_are_read()
    {
        var (model, file) = Letters.Read(Letters.Example("multi-item-pdf.txt"));
        Assert.Equal(new[] { "Norco 10/325mg #120", "Retrospective request for Lidoderm (lidocaine patch) 5% #30 with 2 refills", "Cyclobenzaprine 7.5mg #90" },
            model.Items.Select(i => i.Service));
        Assert.Equal(new Outcome?[] { Outcome.Overturned, Outcome.Upheld, Outcome.Upheld }, model.Items.Select(i => i.Outcome));
        // A wrapped heading (section and item), a word hyphenated across lines, two citations on one guideline line.
        Assert.Contains("with the medication, improved", model.Items[0].Rationale);
        Assert.Equal(new[] { "Opioids, criteria for use", "Pain Chapter" }, model.Items[0].Citations.Skip(1).Select(c => c.Topic));
        Assert.Equal("Official Disability Guidelines (ODG), Pain Chapter", model.Items[0].Citations[2].NonMtus);
        // Page lists and a rationale that runs over a page break.
        Assert.Equal(new[] { new PageRange(56, 57), new PageRange(112, 112) }, model.Items[1].Citations[0].Pages);
        Assert.Equal(new[] { new PageRange(56, 56) }, model.Items[1].Citations[1].Pages);
        Assert.Equal(new[] { new PageRange(63, 64), new PageRange(66, 66) }, model.Items[2].Citations[0].Pages);
        Assert.Contains("anti-epilepsy drug. The records do not document", model.Items[1].Rationale);
        Assert.Equal(("5%", 30, 2), (model.Items[1].Dose, model.Items[1].Quantity, model.Items[1].Refills));
        Assert.Equal("Retrospective request for Lidoderm (lidocaine patch) 5% #30 with 2", Letters.At(file, model.Items[1].Spans["service"]).Split('\n')[0].TrimEnd());
        Assert.Equal(new[] { "California", "Oregon" }, model.Reviewer!.Licensure);
    }

    /// <summary>Every span of a model, in a fixed order, for comparing two readings of the same letter.</summary>
    internal static List<string> AllSpans(Determination d)
    {
        var spans = new List<string>();
        void Add(string owner, SourceSpan span, IFieldSpans map)
        {
            spans.Add($"{owner} {span.Line}:{span.Column}-{span.EndLine}:{span.EndColumn}");
            foreach (var field in map.Fields.OrderBy(f => f, StringComparer.Ordinal))
                spans.Add($"{owner}.{field} {map[field].Line}:{map[field].Column}-{map[field].EndLine}:{map[field].EndColumn}");
        }
        Add("determination", d.Span, d.Spans);
        if (d.Reviewer is { } r) Add("reviewer", r.Span, r.Spans);
        if (d.Summary is { } s) Add("summary", s.Span, s.Spans);
        for (var i = 0; i < d.Items.Count; i++)
        {
            Add($"item{i}", d.Items[i].Span, d.Items[i].Spans);
            for (var c = 0; c < d.Items[i].Citations.Count; c++) Add($"item{i}.citation{c}", d.Items[i].Citations[c].Span, d.Items[i].Citations[c].Spans);
        }
        return spans;
    }

    /// <summary>
    /// In text with no blank line between paragraphs (a Word draft with its lines broken by hand, or typed so), a finished
    /// sentence opens the heading after it, but a rationale's last line after its last full stop stays the rationale's: a
    /// citation in brackets, a quotation, or a line with a sentence's end of its own ended up in the next heading, and an
    /// unfinished rationale's IMR005 went unreported. With a one-line or a wrapped heading, the letter reads, and is
    /// checked, as it is with blank lines.
    /// </summary>
    [Theory]
    [InlineData("(MTUS Chronic Pain Medical Treatment Guidelines, page 63)")]
    [InlineData("[ODG, Pain chapter, Muscle relaxants]")]
    [InlineData("as the guidelines say, they are \"not recommended for long-term use\"")]
    [InlineData("as the guidelines say, a \u201Csecond-line option\u201D")]
    [InlineData("'a second-line option'")]
    [InlineData("of the MTUS. Weaning is advised as the next step")]
    [InlineData("of the MTUS? A trial was not documented")]
    public void A_rationales_last_line_after_its_last_sentence_stays_in_it_when_no_blank_line_parts_paragraphs(string lastLine)
    {
        foreach (var wrapped in new[] { false, true })
        {
            var heading = wrapped ? new[] { "Gabapentin 300mg #90, one capsule three times a day", "for neuropathic pain: Overturned" } : new[] { "Gabapentin 300mg #90: Overturned" };
            var paragraphs = new[]
            {
                new[] { "CLINICAL CASE SUMMARY" },
                new[] { "The injured worker is a 50 year old male." },
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "Baclofen 10mg #90: Upheld" },
                new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Muscle Relaxants, pages 63-66." },
                new[] { "Decision rationale: Baclofen is not indicated for chronic low back pain.", "The request for Baclofen 10mg #90 is not medically necessary.", lastLine },
                heading,
                new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Anti-epilepsy drugs, pages 16-22." },
                new[] { "Decision rationale: Gabapentin is recommended for neuropathic pain, which is documented. The request is medically necessary." },
            };
            var spaced = LetterLayouts.LaidOut(false, paragraphs, Array.Empty<string>());
            var unspaced = spaced.Replace("\n\n", "\n");
            Assert.DoesNotContain("\n\n", unspaced);
            var (model, findings) = LetterLayouts.Checked(unspaced);
            var (expected, expectedFindings) = LetterLayouts.Checked(spaced);
            Assert.Equal(2, model.Items.Count);
            Assert.Equal(string.Join(' ', heading)[..^": Overturned".Length], model.Items[1].Service);
            Assert.True(expected.Equals(model), $"{lastLine} (wrapped heading: {wrapped}): reads differently without blank lines");
            Assert.Equal(expectedFindings.Select(f => f.Id + " " + f.Message), findings.Select(f => f.Id + " " + f.Message));
        }
    }

    /// <summary>
    /// A table of the decisions set before the items in full (probe89: "| Norco 10/325mg #120 | Upheld |" in Markdown, its
    /// cells tab-separated in text and a .docx) is no item of its own: its rows drew IMR001 and IMR006, and in text and
    /// a .docx the table's header row became the first words of the service. A row whose decision differs from the item's
    /// in full stays, for IMR003 to report the item decided twice.
    /// </summary>
    [Theory]
    [InlineData("markdown")]
    [InlineData("text")]
    [InlineData("docx")]
    public void A_table_of_the_decisions_before_the_items_is_no_item(string format)
    {
        // A bare heading that not every item in full matches is an item whose blocks were lost (a review): IMR001 stays.
        var lost = LetterLayouts.Checked(LetterLayouts.Letter(false, new[]
        {
            new[] { "IMR ISSUES, DECISIONS AND RATIONALES" }, new[] { "Norco 10/325mg #120: Upheld" },
            new[] { "Soma 350mg #60: Upheld" }, new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 29." },
            new[] { "Decision rationale: No benefit is documented. Therefore, the request for Soma 350mg #60 is not medically necessary." },
            new[] { "Norco 10/325mg #120: Upheld" }, new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96." },
            new[] { "Decision rationale: No benefit is documented. Therefore, the request for Norco 10/325mg #120 is not medically necessary." },
        }));
        Assert.Contains(lost.Findings, f => f.Id == "IMR001");
        foreach (var tableOutcome in new[] { "Upheld", "Overturned" })
        {
            var rows = new[] { ("Disputed item/service", "Decision"), ("Norco 10/325mg #120", tableOutcome), ("Soma 350mg #60", "Upheld") };
            var table = format == "markdown"
                ? new[] { $"| {rows[0].Item1} | {rows[0].Item2} |", "|---|---|" }.Concat(rows.Skip(1).Select(r => $"| {r.Item1} | {r.Item2} |")).ToArray()
                : rows.Select(r => $"{r.Item1}\t{r.Item2}").ToArray();
            var heading = format == "markdown" ? "### " : "";
            var paragraphs = new List<string[]>
            {
                new[] { heading + "CLINICAL CASE SUMMARY" }, new[] { "The injured worker is a 50 year old male." },
                new[] { heading + "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "The Final Determination was based on decisions for the disputed items/services set forth below:" },
                table,
            };
            foreach (var (service, page, topic) in new[] { ("Norco 10/325mg #120", "74-96", "Opioids"), ("Soma 350mg #60", "29", "Carisoprodol (Soma)") })
            {
                paragraphs.Add(new[] { $"{heading}{service}: Upheld" });
                paragraphs.Add(new[] { $"MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines {topic} Page(s): {page}." });
                paragraphs.Add(new[] { $"Decision rationale: No benefit is documented. Therefore, the request for {service} is not medically necessary." });
            }
            var text = string.Join("\n\n", paragraphs.Select(p => string.Join("\n", p))) + "\n";
            var file = format switch
            {
                "markdown" => new SourceFile("letter.md", text),
                "text" => new SourceFile("letter.txt", text),
                _ => LetterSource.Decode("letter.docx", DocxWriter.Create(paragraphs.SelectMany(p => p)), 1 << 20).File!,
            };
            var model = LetterReader.Standard.Read(file);
            var ids = ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id).ToList();
            var services = model.Items.Select(i => i.Service).ToList();
            if (tableOutcome == "Upheld")
            {
                Assert.Equal(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }, services);
                Assert.Empty(ids);
            }
            else
            {
                Assert.Contains("Norco 10/325mg #120", services);
                Assert.DoesNotContain(services, s => s!.Contains("Disputed", StringComparison.Ordinal));
                Assert.Contains("IMR003", ids);
            }
        }
    }

    /// <summary>
    /// An item set as a form's rows, "Disputed item:" naming it and "Decision:" under it (probe89's Word form), reads as
    /// the heading "Norco 10/325mg #120: Upheld" does: its service was 'Decision', or took the label row's words.
    /// </summary>
    [Theory]
    [InlineData("text", "Disputed item:\tNorco 10/325mg #120", "Decision:\t{0}")]
    [InlineData("docx", "Disputed item:\tNorco 10/325mg #120", "Decision:\t{0}")]
    [InlineData("text", "Treatment requested: Norco 10/325mg #120", "Determination: {0}")]
    [InlineData("docx", "Item in dispute: Norco 10/325mg #120", "Outcome:\t{0}")]
    public void An_item_set_as_a_forms_rows_reads_as_its_heading(string format, string naming, string deciding)
    {
        foreach (var outcome in new[] { "Upheld", "Overturned" })
        {
            (Determination Model, List<string> Ids) Read(string[] heading)
            {
                var paragraphs = new List<string[]>
                {
                    new[] { "CLINICAL CASE SUMMARY" }, new[] { "The injured worker is a 50 year old male." }, new[] { "IMR ISSUES, DECISIONS AND RATIONALES" }, heading,
                    new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96." },
                    new[] { "Decision rationale: No benefit is documented. Therefore, the request for Norco 10/325mg #120 is not medically necessary." },
                };
                var file = format == "text"
                    ? new SourceFile("letter.txt", string.Join("\n\n", paragraphs.Select(p => string.Join("\n", p))) + "\n")
                    : LetterSource.Decode("letter.docx", DocxWriter.Create(paragraphs.SelectMany(p => p)), 1 << 20).File!;
                var model = LetterReader.Standard.Read(file);
                return (model, ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id).ToList());
            }
            var plain = Read(new[] { $"Norco 10/325mg #120: {outcome}" });
            var form = Read(new[] { naming, string.Format(deciding, outcome) });
            var item = Assert.Single(form.Model.Items);
            Assert.Equal("Norco 10/325mg #120", item.Service);
            Assert.Equal(plain.Model.Items[0].Outcome, item.Outcome);
            Assert.Equal(plain.Ids, form.Ids);
        }
    }
}
