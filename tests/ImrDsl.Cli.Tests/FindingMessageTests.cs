using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Checking;
using ImrDsl.Text;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// A letter's finding messages keep only their own line's text (<see cref="Findings.OwnLineOnly"/>). The lines around a
/// finding are passed over unread when the message lacks their first word (issue 10: most share nothing with it); that
/// is sound only if a message that lacks a line's first word can never hold the line's words.
/// </summary>
public sealed class FindingMessageTests
{
    private static readonly Gen<string> Pieces = Gen.Elements(
        "Norco", "10/325mg", "is", "not", "medically", "necessary.", "'Opioids'", "the", "Patient", "Jane", "\"Muscle", "relaxants\"", "\u201CMuscle", "relaxants\u201D", "\u2018Opioids\u2019", "worker\u2019s",
        " ", "  ", "\t", "\u00A0", "\u2009", ",", "…", "é", "");

    private static readonly Gen<string> Texts = Gen.ListOf(Pieces).Select(p => string.Concat(p.Take(10)));

    [Fact]
    public void A_message_without_a_lines_first_word_never_holds_the_lines_words()
    {
        var cases = from line in Texts
                    from before in Texts
                    from after in Texts
                    from quote in Gen.Elements(true, false)
                    select (Line: line, Message: quote ? before + Findings.Words(line) + after : before + after);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var file = new SourceFile("letter.txt", "first line\n" + c.Line + "\r\nlast line");
            var words = Findings.Words(file.LineText(2));
            if (!Findings.HoldsFirstWordOf(c.Message, file, 2) && words.Length > 0 && c.Message.Contains(words, StringComparison.Ordinal))
                throw new Xunit.Sdk.XunitException($"'{c.Message}' holds '{words}' but was said to lack its first word");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// On a line of megabytes a message may quote only what lies within reach of the finding's column: a topic there is
    /// kept whole, words far down the line are cut. The whole line, and its words, were copied for every finding on it.
    /// </summary>
    [Fact]
    public void On_a_very_long_line_a_message_quotes_only_what_lies_near_its_column()
    {
        var filler = string.Concat(Enumerable.Repeat("the worker walked ", 60000));
        var line = filler + "Opioids, criteria for use " + filler + "Jane Example";
        var file = new SourceFile("letter.txt", "first line\n" + line + "\nlast line");
        var span = ImrDsl.Runtime.SourceSpan.In(file, file.Lines.LineStart(1) + filler.Length, file.Lines.LineStart(1) + filler.Length + 7);
        Assert.Equal("'Opioids, criteria for use' is not a topic", Findings.OwnLineOnly(file, span, "'Opioids, criteria for use' is not a topic"));
        Assert.DoesNotContain("Jane", Findings.OwnLineOnly(file, span, "'Jane Example' is named"));
    }

    /// <summary>
    /// The line as read that holds a column of a numbered line, and its neighbours, are those a plain split of the
    /// numbered line at every LS, PS and vertical tab gives. They are found by looking out from the column: splitting a
    /// numbered line of four million lines as read to find one took hundreds of MB for every finding on it.
    /// </summary>
    [Fact]
    public void The_lines_as_read_around_a_column_are_those_a_split_of_the_line_gives()
    {
        var pieces = Gen.Elements("a", "bc", " ", "\u2028", "\u2029", "\v", "\t", "");
        var cases = from parts in Gen.ListOf(pieces)
                    from column in Gen.Choose(-2, parts.Sum(p => p.Length) + 2)
                    select (Line: string.Concat(parts), Column: column);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var read = Findings.LinesAsRead(c.Line, c.Column);
            var split = c.Line.Split('\u2028', '\u2029', '\v');
            if (split.Length == 1)
            {
                Assert.Null(read);
                return;
            }
            var starts = new int[split.Length];
            for (var k = 1; k < split.Length; k++) starts[k] = starts[k - 1] + split[k - 1].Length + 1;
            var own = 0;
            while (own + 1 < split.Length && starts[own + 1] <= c.Column) own++;
            var neighbours = Enumerable.Range(0, split.Length).Where(k => k != own && Math.Abs(k - own) <= 6).Select(k => split[k]).ToList();
            Assert.NotNull(read);
            Assert.Equal((split[own], starts[own]), (read.Value.Own, read.Value.OwnStart));
            Assert.Equal(neighbours, read.Value.Neighbours);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// IMR003 quotes the conclusion it disagrees with, and IMR004 the conclusion that names another dose or quantity.
    /// However the rationale wraps, and even with a line of someone's details inside the sentence, the finding sits on
    /// the last line that holds a whole word of the conclusion (where the verdict and the item's values are, not the
    /// rationale's first line), quotes the run of the conclusion's words that line holds (never '…' alone), and the rest
    /// of the letter, the line of details included, stays out of the message. So too where the reviewer left the
    /// conclusion without its full stop: it was quoted as '…' alone at the rationale's first line. And so too where the
    /// conclusion quotes the guideline in the marks the message quotes it in: the message's quote was taken to end at the
    /// guideline's, so the finding stayed at the rationale's first line and quoted a garble; and in typographic quotes, which
    /// the reader reads as straight ones, so the conclusion as read was not found in the letter's text.
    /// </summary>
    [Fact]
    public void A_wrapped_conclusion_is_quoted_from_the_last_line_that_holds_its_words()
    {
        string[] conclusions =
        {
            "Therefore, the request for Norco 10/325mg #120 is not medically necessary.",
            "As the guidelines call continued use \"not recommended,\" the request for Norco 10/325mg #120 is not medically necessary.",
            "Therefore, the request for Norco 10/325mg #120 (\"opioids, long-term\") is not medically necessary per \"MTUS.\"",
            "Therefore, the request for Norco 10/325mg #120 is not medically necessary, as the guidelines call such use \u201Cnot recommended.\u201D",
            "Therefore, the request for Norco 10/325mg #120 is not medically necessary, as the guidelines call such use \u00ABnot recommended.\u00BB",
            "Therefore, the request for Norco 10/325mg #120 is not medically necessary, as the guidelines call such use \u2033not recommended.\u2033",
            "Therefore, the request for Norco 10/325mg #120 under the workers' compensation claim is not medically necessary.",
            // Unpaired marks, read as double quotes (a hostile-input probe's conclusion quoted its next line uncut).
            "The guideline says \u201Cmust \"inner \u00AB \"inner \u00AB Therefore, the request for Norco 10/325mg #120 is not medically necessary.",
            "The guideline says \"must \"inner \" \"inner \" Therefore, the request for Norco 10/325mg #120 is not medically necessary.",
        };
        const string Private = "Jane Q. Example, DOB 01/02/1960";
        var cases = from width in Gen.Choose(20, 110)
                    from hyphenate in Gen.Elements(true, false)
                    from privateLine in Gen.Elements(true, false)
                    // IMR003: the heading's outcome is the opposite of the conclusion's; IMR004: its quantity is another.
                    from rule in Gen.Elements(("IMR003", "Norco 10/325mg #120: Overturned"), ("IMR004", "Norco 10/325mg #90: Upheld"))
                    from fullStop in Gen.Elements(true, false)
                    from written in Gen.Elements(conclusions)
                    select (Width: width, Hyphenate: hyphenate, Private: privateLine, Rule: rule.Item1, Heading: rule.Item2, FullStop: fullStop, Conclusion: written);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var Conclusion = c.Conclusion;
            var conclusion = c.FullStop || Conclusion.EndsWith('"') ? Conclusion : Conclusion.TrimEnd('.');
            var words = ("Decision rationale: The records do not document pain relief or functional improvement with opioids. " + conclusion).Split(' ').ToList();
            if (c.Private) words.Insert(words.IndexOf("request") + 1, "\n" + Private + "\n");
            var rationale = Wrap(words, c.Width, c.Hyphenate);
            var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                       + c.Heading + "\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                       + rationale + "\n";
            var file = new SourceFile("letter.txt", text);
            var finding = Assert.Single(LetterChecker.Check(file, CheckContext.Default).Findings);
            Assert.Equal(c.Rule, finding.Id);
            var line = Findings.Words(file.LineText(finding.Line));
            var open = finding.Message.IndexOf('"') + 1;
            var quoted = finding.Message[open..finding.Message.IndexOf(c.Rule == "IMR003" ? "\", which" : "\" names", open, StringComparison.Ordinal)];
            var kept = quoted.Trim('…');
            var detail = $"{c.Rule}, width {c.Width}, hyphens {c.Hyphenate}, private {c.Private}, full stop {c.FullStop}, {c.Conclusion}: line {finding.Line} '{line}', message {finding.Message}\n{text}";
            Assert.True(kept.Length > 0 && line.Contains(kept, StringComparison.Ordinal) && Findings.Words(Conclusion).Contains(kept, StringComparison.Ordinal), detail);
            var laterLines = Enumerable.Range(finding.Line + 1, file.Lines.LineCount - finding.Line).Select(l => Findings.Words(file.LineText(l)));
            Assert.True(laterLines.All(l => !Conclusion.Split(' ').Any(w => l.Split(' ').Contains(w))), detail);
            Assert.DoesNotContain("Jane", finding.Message);
            Assert.DoesNotContain("1960", finding.Message);
            Assert.DoesNotContain("functional", finding.Message);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    /// <summary>
    /// A conclusion a page break splits, its footer and the next page's running header between its words, is placed on
    /// the line that holds its words before the break, where a verdict's negation stands ("... is not" / "Page 1 of 2" /
    /// header / "medically necessary."). Two probes' findings stayed at the rationale's first line and quoted a scrap
    /// ("…for…", taken from the header) or nothing; placed by its last words alone, "…medically necessary." would read as
    /// the opposite of what it says. The furniture never reaches the message.
    /// </summary>
    [Fact]
    public void A_conclusion_split_by_a_page_break_is_placed_where_its_words_before_the_break_end()
    {
        string[] conclusions =
        {
            "Therefore, the request for Norco 10/325mg #120 is not medically necessary.",
            "Medical necessity for Norco 10/325mg #120 has not been established.",
            "Therefore, the requested Norco 10/325mg #120 is not medically necessary and appropriate.",
        };
        string[] breaks =
        {
            "\n\nPage 1 of 2\n\fFinal Determination Letter for IMR Case Number CM16-0044512\n",
            "\n- 1 -\n\f",
            "\n\nPage 1 of 2\n\f",
            "\n\f\nIMR Case Number: CM16-0044512\n",
        };
        var cases = from written in Gen.Elements(conclusions)
                    from pageBreak in Gen.Elements(breaks)
                    from split in Gen.Choose(1, 30)
                    from rule in Gen.Elements(("IMR003", "Norco 10/325mg #120: Overturned"), ("IMR004", "Norco 10/325mg #90: Upheld"))
                    select (Conclusion: written, Break: pageBreak, Split: split, Rule: rule.Item1, Heading: rule.Item2);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var words = c.Conclusion.Split(' ');
            var at = 1 + c.Split % (words.Length - 1);
            var before = string.Join(' ', words.Take(at));
            var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                       + c.Heading + "\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                       + "Decision rationale: The records do not document pain relief or functional improvement.\n"
                       + before + c.Break + string.Join(' ', words.Skip(at)) + "\n";
            var file = new SourceFile("letter.txt", text);
            var finding = Assert.Single(LetterChecker.Check(file, CheckContext.Default).Findings);
            var detail = $"{c.Rule}, split after '{before}', break {c.Break.Replace("\n", "\\n")}: line {finding.Line}, message {finding.Message}";
            Assert.True(c.Rule == finding.Id, detail);
            // The line before the break when the conclusion's last words cross it; the last line when they all follow it.
            var line = file.LineText(finding.Line).Trim();
            Assert.True(line == before || line == string.Join(' ', words.Skip(at)), detail);
            var open = finding.Message.IndexOf('"') + 1;
            var quoted = finding.Message[open..finding.Message.IndexOf(c.Rule == "IMR003" ? "\", which" : "\" names", open, StringComparison.Ordinal)].Trim('…');
            Assert.True(quoted.Length > 0 && line.Contains(quoted, StringComparison.Ordinal) && c.Conclusion.Contains(quoted, StringComparison.Ordinal), detail);
            // Never the verdict's words without its negation: quoted so, it would read as the opposite.
            Assert.True(!(quoted.Contains("necessary") || quoted.Contains("established")) || quoted.Contains("not"), detail);
            Assert.DoesNotContain("CM16", finding.Message);
            Assert.DoesNotContain("Page 1", finding.Message);
            Assert.DoesNotContain("functional", finding.Message);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    /// <summary>
    /// A short conclusion split after its first word or two ("The UR" / break / "denial is upheld.") is placed on a line
    /// of its own too: its start is shorter than the rest needed to place it, and a probe's finding stayed at the
    /// rationale's first line.
    /// </summary>
    [Theory]
    [InlineData(1, "Final Determination Letter for IMR Case Number CM16-0044512")]
    [InlineData(2, "Final Determination Letter for IMR Case Number CM16-0044512")]
    [InlineData(3, "Final Determination Letter for IMR Case Number CM16-0044512")]
    // A running header that holds the conclusion's first word is not where it broke (a review's).
    [InlineData(1, "The Final Determination CM16-0044512")]
    public void A_short_conclusion_split_by_a_page_break_is_placed_on_its_own_lines(int wordsBefore, string header)
    {
        var words = "The UR denial is upheld.".Split(' ');
        var (before, after) = (string.Join(' ', words.Take(wordsBefore)), string.Join(' ', words.Skip(wordsBefore)));
        var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                   + "Norco 10/325mg #120: Overturned\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                   + "Decision rationale: The progress notes do not record the response to treatment or any functional gain.\n"
                   + before + "\n\nPage 1 of 2\n\f" + header + "\n" + after + "\n";
        var file = new SourceFile("letter.txt", text);
        var finding = Assert.Single(LetterChecker.Check(file, CheckContext.Default).Findings);
        Assert.Equal("IMR003", finding.Id);
        Assert.Contains(file.LineText(finding.Line).Trim(), new[] { before, after });
        Assert.DoesNotContain("functional", finding.Message);
        Assert.DoesNotContain("CM16", finding.Message);
    }

    /// <summary>
    /// Single quotes in a message may be apostrophes, in the item's name or in the conclusion ("'hinged", "workers'"):
    /// the item is named whole and the conclusion quoted from its own line. Pairing them as double quotes are paired
    /// took an apostrophe for the item's closing quote.
    /// </summary>
    [Theory]
    [InlineData("Knee brace 'hinged type", "the request for the knee brace under the workers' compensation claim is not medically necessary.")]
    [InlineData("Knee brace, 'hinged' type", "the request for the knee brace under the workers' compensation claim is not medically necessary.")]
    [InlineData("Workers' knee brace", "the request for the 'hinged' knee brace is not medically necessary.")]
    public void Apostrophes_do_not_end_a_quoted_value(string service, string conclusion)
    {
        var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                   + service + ": Overturned\n\nMAXIMUS guideline: Decision based on ACOEM Practice Guidelines, Chapter 13 Knee Complaints, pp. 338-340.\n\n"
                   + "Decision rationale: The knee is stable on examination.\nTherefore, " + conclusion + "\n";
        var finding = Assert.Single(LetterChecker.Check(new SourceFile("letter.txt", text), CheckContext.Default).Findings);
        Assert.Equal("IMR003", finding.Id);
        Assert.StartsWith("'" + service + "' is Overturned but its rationale concludes \"", finding.Message);
        Assert.Contains(conclusion + "\", which reads as Upheld", finding.Message);
    }

    /// <summary>
    /// A rationale that breaks off mid-sentence (IMR005) is reported where it breaks off, the last line that holds its
    /// words, quoting that line's part of its last words; however it wraps, and with its last word alone after blank
    /// lines. It was reported at the rationale's first line, quoting none of the words where the text was lost.
    /// </summary>
    /// <summary>
    /// A conclusion so long that the message's bound cuts its closing mark is still cut to its own line: a hostile-input
    /// probe found a conclusion over 107 lines or more quoted from its first line, every line between up to the bound.
    /// Whatever its length, no line but the finding's own is quoted.
    /// </summary>
    [Theory]
    [InlineData(20)]
    [InlineData(106)]
    [InlineData(107)]
    [InlineData(400)]
    public void A_conclusion_longer_than_a_message_quotes_only_its_own_line(int lines)
    {
        var rationale = "Decision rationale: The request for Norco 10/325mg\n"
                        + string.Concat(Enumerable.Range(0, lines).Select(k => $"DETAIL{k} words\n")) + "#90 is not medically necessary.";
        var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                   + "Norco 10/325mg #120: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                   + rationale + "\n";
        var file = new SourceFile("letter.txt", text);
        var findings = LetterChecker.Check(file, CheckContext.Default).Findings;
        Assert.Contains(findings, f => f.Id == "IMR004");
        foreach (var finding in findings)
        {
            var own = file.LineText(finding.Line);
            for (var k = 0; k < lines; k++)
                if (!own.Contains($"DETAIL{k} ", StringComparison.Ordinal))
                    Assert.DoesNotContain($"DETAIL{k} ", finding.Message);
        }
    }

    [Fact]
    public void A_rationale_cut_mid_sentence_is_reported_where_it_breaks_off()
    {
        const string Cut = "There is no documented neuropathic pain, and the worker was last seen by the treating physician on";
        var cases = from width in Gen.Choose(20, 110)
                    from hyphenate in Gen.Elements(true, false)
                    from lastAlone in Gen.Elements(true, false)
                    select (Width: width, Hyphenate: hyphenate, LastAlone: lastAlone);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var words = ("Decision rationale: " + Cut).Split(' ').ToList();
            var rationale = Wrap(words.Take(words.Count - 1).ToList(), c.Width, c.Hyphenate) + (c.LastAlone ? "\n\non" : " on");
            var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                       + "Gabapentin 600mg #90: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Anti-epilepsy drugs Page(s): 16-18.\n\n"
                       + rationale + "\n";
            var file = new SourceFile("letter.txt", text);
            var finding = Assert.Single(LetterChecker.Check(file, CheckContext.Default).Findings);
            var detail = $"width {c.Width}, hyphens {c.Hyphenate}, alone {c.LastAlone}: line {finding.Line}, message {finding.Message}\n{text}";
            Assert.True(finding.Id == "IMR005", detail);
            var lastLine = Enumerable.Range(1, file.Lines.LineCount).Last(l => Findings.Words(file.LineText(l)).Length > 0);
            Assert.True(finding.Line == lastLine, detail);
            var open = finding.Message.IndexOf("at \"", StringComparison.Ordinal) + 4;
            var quoted = finding.Message[open..finding.Message.IndexOf('"', open)].Trim('…');
            Assert.True(quoted.EndsWith("on", StringComparison.Ordinal) && Findings.Words(file.LineText(lastLine)).Contains(quoted, StringComparison.Ordinal), detail);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    /// <summary>
    /// A section heading near a finding does not cut a message that names it (IMR005 said "the letter needs an…
    /// section"), while any other line near it still does.
    /// </summary>
    [Theory]
    [InlineData("IMR ISSUES, DECISIONS AND RATIONALES", true)]
    [InlineData("Imr Issues And Decisions:", true)]
    [InlineData("CLINICAL CASE SUMMARY", true)]
    [InlineData("HOW THE IMR FINAL DETERMINATION WAS MADE", true)]
    [InlineData("Jane Q. Example, 123 Main Street", false)]
    public void A_section_heading_near_a_finding_never_cuts_the_message_that_names_it(string line, bool kept)
    {
        var file = new SourceFile("letter.txt", "Case Number: CM15-0000001\n\n" + line + "\n\nNorco 10/325mg #120: Over-\nturned\n");
        var span = new ImrDsl.Runtime.SourceSpan("letter.txt", new ImrDsl.Runtime.SourcePosition(0, 1, 1), new ImrDsl.Runtime.SourcePosition(0, 1, 1));
        var message = $"no disputed items were found; the letter needs an {line} section with at least one item";
        var shown = Findings.OwnLineOnly(file, span, message);
        Assert.Equal(kept, shown == message);
        if (!kept) Assert.DoesNotContain("Jane", shown);
    }

    /// <summary>
    /// A line of one word near a finding (a narrow column converted a word or a letter to a line) never cuts the rule's
    /// own wording: every word of each standard message, and each of its letters, set alone on the lines around the
    /// finding, leaves the message as it was.
    /// </summary>
    [Theory]
    [InlineData("IMR003", "Norco 10/325mg #120: Overturned")]
    [InlineData("IMR004", "Norco 10/325mg #90: Upheld")]
    [InlineData("IMR005", null)]
    public void A_line_of_one_word_never_cuts_the_rules_own_words(string rule, string? heading)
    {
        var items = heading is null ? "" : "IMR ISSUES, DECISIONS AND RATIONALES\n\n" + heading
            + "\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
            + "Decision rationale: The records were reviewed. Therefore, the request for Norco 10/325mg #120 is not medically necessary.\n";
        var plain = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\n" + items;
        var expected = Assert.Single(LetterChecker.Check(new SourceFile("letter.txt", plain), CheckContext.Default).Findings, f => f.Id == rule).Message;
        var pieces = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'', '"', ';', ',', '.', '…'))
            .Where(w => w.Length > 0).SelectMany(w => new[] { w }.Concat(w.Select(c => c.ToString()))).Distinct();
        foreach (var piece in pieces)
        {
            // Just before the finding's line (for IMR005, at the first line, just after it), where the lines around it are read.
            var text = heading is null ? plain.Replace("SUMMARY\n", "SUMMARY\n" + piece + "\n") : plain.Replace("Decision rationale:", piece + "\n\nDecision rationale:");
            var finding = Assert.Single(LetterChecker.Check(new SourceFile("letter.txt", text), CheckContext.Default).Findings, f => f.Id == rule);
            Assert.True(expected == finding.Message, $"a line '{piece}': {finding.Message}");
        }
    }

    /// <summary>
    /// IMR007's suggestion comes from the catalogue, so it is shown whole, at the end of the sentence it would otherwise
    /// split, whether the letter's topic is on the finding's line alone or wraps.
    /// </summary>
    [Theory]
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines Opiods Page(s): 80.")]
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines Opiods, criteria for\nuse Page(s): 80.")]
    public void An_unknown_topics_suggestion_is_shown_whole_at_the_end(string citation)
    {
        var text = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                   + "Norco 10/325mg #120: Upheld\n\nMAXIMUS guideline: " + citation + "\n\n"
                   + "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.\n";
        var finding = LetterChecker.Check(new SourceFile("letter.txt", text), CheckContext.Default).Findings.Single(f => f.Id == "IMR007");
        Assert.Contains("(2009) catalogue knows; its pages could not be checked; did you mean \u201COpioids", finding.Message);
        Assert.EndsWith("\u201D?", finding.Message);
    }

    /// <summary>Greedy word wrap at <paramref name="width"/>; with <paramref name="hyphenate"/>, a long word is split "medi-" / "cally".</summary>
    private static string Wrap(List<string> words, int width, bool hyphenate)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var piece in words)
        {
            var word = piece;
            if (word.StartsWith('\n'))
            {
                lines.Add(current);
                lines.Add(word.Trim('\n'));
                current = string.Empty;
                continue;
            }
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                var room = width - current.Length - 2;
                // As typesetters do: at least three letters either side of the break.
                if (hyphenate && room >= 3 && word.TrimEnd('.').Length - room >= 3 && char.IsLetter(word[room - 1]) && char.IsLetter(word[room]))
                {
                    lines.Add(current + " " + word[..room] + "-");
                    current = word[room..];
                    continue;
                }
                lines.Add(current);
                current = word;
            }
            else current = current.Length == 0 ? word : current + " " + word;
        }
        lines.Add(current);
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData("  Jane Q. Example, SSN", "the topic 'Jane Q. Example, SSN' is unknown", true)]
    [InlineData("Jane Q. Example", "nothing of the line here", false)]
    [InlineData("   ", "any message", true)] // blank: no words, so nothing to pass over
    public void First_words_on_known_lines(string line, string message, bool holds)
        => Assert.Equal(holds, Findings.HoldsFirstWordOf(message, new SourceFile("letter.txt", "a\n" + line + "\nb"), 2));
}
