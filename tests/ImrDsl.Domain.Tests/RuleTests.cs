using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Domain.Letters;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>Each rule fires on a letter that breaks it and stays silent on letters that do not.</summary>
public class RuleTests
{
    private static List<ImrDsl.Diagnostics.Diagnostic> Check(string text, string name = "letter.txt")
        => ImrValidation.Validate(LetterReader.Standard.Read(new SourceFile(name, text)), Guidelines.Context).ToList();

    private static List<ImrDsl.Diagnostics.Diagnostic> CheckExample(string name) => Check(File.ReadAllText(Letters.Example(name)), name);

    private static readonly string[] CleanLetters = { "seed-002.txt", "seed-003.txt", "multi-item-pdf.txt", "converted-multi.md" };

    [Theory]
    [InlineData("imr001-missing-rationale.txt", "IMR001")]
    [InlineData("imr003-contradictory-decision.txt", "IMR003")]
    [InlineData("imr004-item-mismatch.txt", "IMR004")]
    [InlineData("imr005-cut-off.txt", "IMR005")]
    [InlineData("imr006-missing-guideline.txt", "IMR006")]
    [InlineData("imr007-unknown-topic.txt", "IMR007")]
    [InlineData("imr008-inconsistent-dates.txt", "IMR008")]
    [InlineData("seed-000.txt", "IMR002")]
    public void Each_rule_fires_on_its_example_letter_and_nothing_else_does(string letter, string rule)
        => Assert.Equal(new[] { rule }, CheckExample(letter).Select(f => f.Id).Distinct());

    [Theory]
    [MemberData(nameof(Clean))]
    public void Clean_letters_have_no_findings(string letter) => Assert.Empty(CheckExample(letter).Select(f => $"{f.Id} {f.Span}: {f.Message}"));

    public static IEnumerable<object[]> Clean() => CleanLetters.Select(l => new object[] { l });

    private const string Head = "CLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male.\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n";

    private static string Item(string heading, string rationale, string guideline = "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.")
        => $"{heading}\n\n{guideline}\n\n{rationale}\n\n";

    /// <summary>
    /// A rationale that breaks off mid-sentence before any conclusion is text lost (IMR005); one that reaches its
    /// conclusion, or ends as a sentence, an aside or a page reference ends, is whole whatever its last mark. The cut
    /// item is the last one here, as where a letter was cut, and a middle one, as where a page was lost.
    /// </summary>
    [Theory]
    [InlineData("The guidelines state that for low-risk pat", "…that for low-risk pat")]
    [InlineData("The worker reports improvement, but the guidelines require,", "…but the guidelines require,")]
    [InlineData("The guidelines state:", "…The guidelines state:")]
    [InlineData("No benefit is documented. Therefore, the request is not medically necessary", null)] // the conclusion, no full stop
    [InlineData("No benefit is documented. Therefore, the request is not medically necessary.\u201D", null)]
    [InlineData("Therefore, the request is not medically necessary. Of note, the prior reviewer", null)] // cut after its conclusion
    [InlineData("Urine drug testing is recommended as an option (MTUS, page 43)", null)]
    [InlineData("See the guidelines, page 43", null)]
    [InlineData("See the guidelines, pp. 22, 67-68", null)]
    [InlineData("See MTUS Page(s): 76-80", null)]
    // A number, a date or a level with no conclusion before it is where the text broke off (a probe found each unreported).
    [InlineData("The worker reported a reduction in pain from 7/10 to 4/10", "…from 7/10 to 4/10")]
    [InlineData("The progress note dated 3/17/2015", "…progress note dated 3/17/2015")]
    [InlineData("An MRI showed a disc protrusion at L5-S1", "…disc protrusion at L5-S1")]
    [InlineData("The worker has attended 12", "…worker has attended 12")]
    [InlineData("Therefore, the request is not medically necessary per the MTUS 2009", null)] // a conclusion before the number
    [InlineData("Not supported by the records.", null)]
    [InlineData("TBD", null)] // a placeholder is IMR001's
    [InlineData("Opioids are not recommended for long-term use. The records do not document the", "…do not document the")] // a general verdict is no conclusion
    [InlineData("The request is not recommended. Of note, the prior reviewer", null)] // a verdict on the request is
    // The one who asks is not the request: a general verdict beside "the requesting physician" is no conclusion (a probe's).
    [InlineData("It is recommended for selected patients, and the requesting physician argues that it is needed. The records show no trigger points and the", "…trigger points and the")]
    [InlineData("It is recommended for selected patients, as the requestor argues. The records show no trigger points and the", "…trigger points and the")]
    [InlineData("The requested screen is recommended for selected patients. Of note, the prior reviewer", null)]
    // A title's full stop ends no text: a name was to follow (a probe's).
    [InlineData("The records were reviewed, including the progress notes from Dr.", "…progress notes from Dr.")]
    [InlineData("The records were reviewed, including the notes of Dr. Lee.", null)]
    [InlineData("The MRI of the brain showed no signs of MS.", null)] // a capitalised abbreviation is no title (a review's)
    public void IMR005_fires_for_a_rationale_that_stops_mid_sentence(string rationale, string? ending)
    {
        foreach (var last in new[] { true, false })
        {
            var cut = Item("Urine drug screen: Upheld", "Decision rationale: " + rationale);
            var whole = Item("Norco 10/325mg #120: Upheld", "Decision rationale: Not recommended. Therefore, it is not medically necessary.");
            var findings = Check(Head + (last ? whole + cut : cut + whole)).Where(f => f.Id == "IMR005").Select(f => f.Message).ToList();
            if (ending is null) Assert.Empty(findings);
            else Assert.Equal($"the rationale of 'Urine drug screen' stops mid-sentence at \"{ending}\" and reaches no conclusion; text was probably lost", Assert.Single(findings));
        }
    }

    /// <summary>
    /// A rationale cut mid-sentence before any conclusion is IMR005's alone: its last words are a fragment of the reasoning,
    /// whose counts and doses IMR004 does not compare with the heading (a probe's cut rationale, "...the worker's first four
    /// sessions lowered the inventory from 31 to 19 and she", was said to name 4 sessions). A rationale that ends whole
    /// with no recognisable conclusion is still judged by its last sentence.
    /// </summary>
    [Theory]
    [InlineData("The worker's first four sessions lowered the depression inventory from 31 to 19 and she", false)]
    [InlineData("The provider now asks for 4 sessions, and", false)]
    [InlineData("The provider asks for 4 sessions of cognitive behavioral therapy.", true)]
    public void IMR004_reads_no_fragment_of_a_cut_rationale(string ending, bool compared)
    {
        var text = Head + Item("Cognitive behavioral therapy, 6 sessions: Upheld", "Decision rationale: Mood has improved with treatment. " + ending,
            "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Psychological treatment Page(s): 101-102.");
        var ids = Check(text).Select(f => f.Id).ToList();
        Assert.Equal(compared, ids.Contains("IMR004"));
        Assert.Equal(!compared, ids.Contains("IMR005"));
    }

    /// <summary>
    /// A line that holds only a label's words, without the colon, is that label: converters set labels as headings or
    /// alone in bold. Both labels of an item are tried, in the forms a converted or typed letter uses.
    /// </summary>
    [Theory]
    [InlineData("##### Decision rationale")]
    [InlineData("**Decision rationale**")]
    [InlineData("Decision Rationale")]
    [InlineData("#### **Decision rationale**")]
    [InlineData("### Rationale for the Decision")]
    [InlineData("Decision rationale:")] // the colon forms, as before
    [InlineData("**Decision rationale:**")]
    public void A_label_alone_on_its_line_without_its_colon_is_the_label(string label)
    {
        var guideline = label.Replace("Decision rationale", "MAXIMUS guideline", StringComparison.OrdinalIgnoreCase)
            .Replace("Rationale for the Decision", "MAXIMUS guideline", StringComparison.Ordinal);
        var text = Head + "Norco 10/325mg #120: Upheld\n\n" + guideline + "\n\nDecision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                   + label + "\n\nNo functional benefit is documented. Therefore, the request is not medically necessary.\n\nSoma 350mg #60: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 29.\n\n"
                   + "Decision rationale: Not recommended. Therefore, it is not medically necessary.\n";
        var letter = LetterReader.Standard.Read(new SourceFile("letter.md", text));
        Assert.Equal(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }, letter.Items.Select(i => i.Service));
        Assert.Equal("No functional benefit is documented. Therefore, the request is not medically necessary.", letter.Items[0].Rationale);
        Assert.Equal("Opioids", Assert.Single(letter.Items[0].Citations).Topic);
        Assert.Empty(ImrValidation.Validate(letter, Guidelines.Context).Select(f => f.Message));
    }

    /// <summary>The wordings of an item's labels that letters use, each with the label's kind.</summary>
    public static IEnumerable<object[]> LabelWordings()
    {
        foreach (var guideline in new[] { "MAXIMUS guideline:", "MAXIMUS guidelines:", "Maximus Guideline:", "MAXIMUS guideline(s):" })
            yield return new object[] { guideline, "Decision rationale:" };
        // "Decision rationale:" with "MAXIMUS guideline:" is the first pair above (xUnit skips a repeated row).
        foreach (var rationale in new[] { "Rationale for Decision:", "Rationale for the Decision:", "Rationale for the Determination:",
                     "Rationale for Determination:", "Reason for Decision:", "Reasons for Decision:", "Reason for the Decision:", "Reasons for the Decision:" })
            yield return new object[] { "MAXIMUS guideline:", rationale };
    }

    /// <summary>
    /// Every label wording opens its block, whole on its line or wrapped after any of its words as a narrow PDF's text
    /// wraps it ("MAXIMUS" / "guideline: Decision based on ..."): the citation and the rationale are read, and the item
    /// has no finding.
    /// </summary>
    [Theory]
    [MemberData(nameof(LabelWordings))]
    public void A_label_in_any_wording_whole_or_wrapped_opens_its_block(string guidelineLabel, string rationaleLabel)
    {
        static IEnumerable<string> Layouts(string label, string rest)
        {
            yield return $"{label} {rest}";
            for (var space = label.IndexOf(' '); space > 0; space = label.IndexOf(' ', space + 1))
                yield return $"{label[..space]}\n{label[(space + 1)..]} {rest}";
        }
        const string citation = "Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.";
        const string rationale = "No functional benefit is documented. Therefore, the request is not medically necessary.";
        foreach (var guideline in Layouts(guidelineLabel, citation))
        foreach (var reasons in Layouts(rationaleLabel, rationale))
        {
            var text = Head + "Norco 10/325mg #120: Upheld\n\n" + guideline + "\n\n" + reasons + "\n\nSoma 350mg #60: Upheld\n\n"
                       + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 29.\n\n"
                       + "Decision rationale: Not recommended. Therefore, it is not medically necessary.\n";
            var letter = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
            var shown = $"{guideline.Replace("\n", "|")} / {reasons.Replace("\n", "|")}";
            Assert.True(letter.Items.Select(i => i.Service).SequenceEqual(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }), shown);
            Assert.True(rationale == letter.Items[0].Rationale, $"{shown}: rationale '{letter.Items[0].Rationale}'");
            Assert.True(letter.Items[0].Citations.Count == 1 && letter.Items[0].Citations[0].Topic == "Opioids", shown);
            Assert.True(!ImrValidation.Validate(letter, Guidelines.Context).Any(), shown);
        }
    }

    [Fact]
    public void IMR001_fires_for_a_label_followed_directly_by_the_next_item_and_for_white_space()
    {
        var text = Head + Item("Norco 10/325mg #120: Upheld", "Decision rationale:") + Item("Soma 350mg #60: Upheld", "Decision rationale:    \t");
        var findings = Check(text).Where(f => f.Id == "IMR001").ToList();
        Assert.Equal(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }, findings.Select(f => f.Item));
        Assert.Equal(7, findings[0].Line); // at the item's heading
    }

    [Fact]
    public void IMR002_reads_compound_topics_and_ignores_citations_without_topic_or_pages()
    {
        const string line = "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxers, baclofen Page(s): 64. Decision based on MTUS Chronic Pain Treatment Guidelines Opioids.";
        Assert.Empty(Check(Head + Item("Baclofen 10mg #60: Upheld", "Decision rationale: Therefore, the request for Baclofen 10mg #60 is not medically necessary.", line)));
        var beyond = Check(Head + Item("Baclofen 10mg #60: Upheld", "Decision rationale: Therefore, it is not medically necessary.",
            "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 201."));
        var finding = Assert.Single(beyond);
        Assert.Equal(("IMR002", "the MTUS Chronic Pain Medical Treatment Guidelines (2009) has 127 pages; this cites page 201"), (finding.Id, finding.Message));
    }

    [Fact]
    public void IMR003_fires_for_one_item_decided_twice_with_different_outcomes_after_normalising_doses()
    {
        var text = Head + Item("Norco 10 mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10mg #120 is not medically necessary.")
                        + Item("NORCO 10MG  #120: Overturned", "Decision rationale: Therefore, the request for Norco 10mg #120 is medically necessary.");
        var finding = Assert.Single(Check(text));
        Assert.Equal("IMR003", finding.Id);
        Assert.Equal("'Norco 10 mg #120' is decided twice, once Upheld and once Overturned", finding.Message);
    }

    /// <summary>
    /// A citation of another edition than a catalogue's is not of that catalogue, though its title starts with one of
    /// the catalogue's names: the ACOEM 3rd edition's pages are not the 2nd's, so they are not checked against them.
    /// </summary>
    [Theory]
    [InlineData("ACOEM Practice Guidelines, 3rd Edition (2011)", null)]
    [InlineData("ACOEM Practice Guidelines 3rd ed.", null)]
    [InlineData("ACOEM Practice Guidelines, 2nd Edition (2004)", "ACOEM Practice Guidelines, 2nd Edition (2004)")]
    [InlineData("ACOEM Practice Guidelines 2nd ed", "ACOEM Practice Guidelines, 2nd Edition (2004)")]
    [InlineData("ACOEM Practice Guidelines", "ACOEM Practice Guidelines, 2nd Edition (2004)")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines 2009", "MTUS Chronic Pain Medical Treatment Guidelines (2009)")]
    public void A_citation_of_another_edition_is_not_of_the_catalogue(string guideline, string? title)
        => Assert.Equal(title, Guidelines.Context.Catalogues.Find(guideline)?.Title);

    [Fact]
    public void Pages_of_another_ACOEM_edition_are_not_checked_against_the_2nd()
    {
        var line = "MAXIMUS guideline: Decision based on ACOEM Practice Guidelines, 3rd Edition (2011), Knee, page 12.";
        var text = Head + Item("MRI of the left knee: Upheld", "Decision rationale: Therefore, the request for an MRI of the left knee is not medically necessary.", line);
        Assert.DoesNotContain(Check(text), f => f.Id == "IMR002");
    }

    /// <summary>
    /// An item heading's outcome as converters and writers leave it: hyphenated across lines (single or double spaced),
    /// set alone in Markdown bold or italics, after a dash or a tab (a table's cells, a Word tab stop) instead of a colon,
    /// followed by a note in brackets on what it means, or numbered as in a list. The item is read
    /// with its service (without the number) and outcome, and nothing is reported.
    /// </summary>
    [Theory]
    [InlineData("Norco 10/325mg #120: Over-\nturned", "Overturned")]
    [InlineData("Norco 10/325mg #120: Over-\n\nturned", "Overturned")]
    [InlineData("Norco 10/325mg #120: Up-\nheld.", "Upheld")]
    [InlineData("Norco 10/325mg #120: Overt-\nurned", "Overturned")]
    [InlineData("#### Norco 10/325mg #120: **Overturned**", "Overturned")]
    [InlineData("Norco 10/325mg #120: __Upheld__", "Upheld")]
    [InlineData("Norco 10/325mg #120: *Upheld*", "Upheld")]
    [InlineData("Norco 10/325mg #120:\n**Overturned**", "Overturned")]
    [InlineData("Norco 10/325mg #120 - Overturned", "Overturned")]
    [InlineData("Norco 10/325mg #120 \u2013 Upheld", "Upheld")]
    [InlineData("Norco 10/325mg #120 \u2014 Upheld.", "Upheld")]
    [InlineData("**Norco 10/325mg #120 - Overturned**", "Overturned")]
    [InlineData("1. Norco 10/325mg #120: Upheld", "Upheld")]
    [InlineData("(2) Norco 10/325mg #120 - Overturned", "Overturned")]
    [InlineData("Norco 10/325mg #120\tUpheld", "Upheld")]
    [InlineData("Norco 10/325mg #120\t\tOverturned", "Overturned")]
    [InlineData("**Norco 10/325mg #120**\t**Overturned**", "Overturned")]
    [InlineData("Norco 10/325mg #120: Upheld (not medically necessary)", "Upheld")]
    [InlineData("Norco 10/325mg #120: Overturned (Medically Necessary).", "Overturned")]
    [InlineData("Norco 10/325mg #120 - Upheld (denial stands)", "Upheld")]
    [InlineData("Norco 10/325mg #120\tUpheld (not medically necessary)", "Upheld")]
    [InlineData("Norco 10/325mg #120: Upheld (the request is not medically necessary at this time)", "Upheld")]
    [InlineData("Norco 10/325mg #120 - Overturned (the request is medically necessary as modified by the treating physician)", "Overturned")]
    [InlineData("Norco 10/325mg #120        Upheld", "Upheld")] // `pdftotext -layout`: the table's cells a run of spaces apart
    [InlineData("Norco 10/325mg #120  OVERTURNED", "Overturned")]
    [InlineData("Norco 10/325mg #120     Upheld (not medically necessary)", "Upheld")]
    [InlineData("Item 1: Norco 10/325mg #120: Upheld", "Upheld")]
    [InlineData("Issue #2 - Norco 10/325mg #120: Overturned", "Overturned")]
    [InlineData("Request 3) Norco 10/325mg #120 - Upheld", "Upheld")]
    [InlineData("ITEM 12. Norco 10/325mg #120\tOverturned", "Overturned")]
    // Labels that count the items, or name the item, as a probe's letters wrote them.
    [InlineData("Disputed Item 1 of 3: Norco 10/325mg #120: Upheld", "Upheld")]
    [InlineData("Disputed Item #2 of 6 - Norco 10/325mg #120: Overturned", "Overturned")]
    [InlineData("Contested issue 4 of 4) Norco 10/325mg #120 - Upheld", "Upheld")]
    [InlineData("Treatment Requested: Norco 10/325mg #120: Overturned", "Overturned")]
    [InlineData("Requested Treatment: Norco 10/325mg #120 - Upheld", "Upheld")]
    [InlineData("Item in dispute: Norco 10/325mg #120: Upheld", "Upheld")]
    [InlineData("DISPUTED SERVICE: Norco 10/325mg #120\tOverturned", "Overturned")]
    // Decoration a converter or a writer sets around the outcome: emphasis closed and opened again, a note in square
    // brackets, a colon after the outcome, a Markdown table's row, pandoc's heading attributes.
    [InlineData("**Norco 10/325mg #120:** **Upheld**", "Upheld")]
    [InlineData("#### **Norco 10/325mg #120:** **Overturned**", "Overturned")]
    [InlineData("__Norco 10/325mg #120__: **Overturned**", "Overturned")]
    [InlineData("*Norco 10/325mg #120*: _Upheld_", "Upheld")]
    [InlineData("Norco 10/325mg #120: Upheld [not medically necessary]", "Upheld")]
    [InlineData("**Norco 10/325mg #120: Overturned [medically necessary]**", "Overturned")]
    [InlineData("Norco 10/325mg #120: Upheld:", "Upheld")]
    [InlineData("| Norco 10/325mg #120 | Upheld |", "Upheld")]
    [InlineData("| **Norco 10/325mg #120** | **Overturned** |", "Overturned")]
    [InlineData("#### Norco 10/325mg #120: Upheld {#norco}", "Upheld")]
    [InlineData("#### **Norco 10/325mg #120: Overturned** {#norco-10 .item}", "Overturned")]
    public void An_outcome_hyphenated_dashed_or_emphasised_alone_is_read(string heading, string outcome)
    {
        var conclusion = outcome == "Upheld" ? "is not medically necessary." : "is medically necessary.";
        var text = Head + Item(heading, "Decision rationale: Therefore, the request for Norco 10/325mg #120 " + conclusion);
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items);
        Assert.Equal(("Norco 10/325mg #120", outcome), (item.Service, item.Outcome?.ToString()));
        Assert.Empty(Check(text).Select(f => $"{f.Id}: {f.Message}"));
    }

    /// <summary>
    /// A heading wrapped after an abbreviation's full stop ("Dr.", "t.i.d.", "p.o.", an initial) is one heading: the line
    /// above its outcome's line does not end a sentence. Before, the service was only the last line ("Smith #60"), in
    /// single-spaced and PDF double-spaced text alike.
    /// </summary>
    [Theory]
    [InlineData("Consultation with pain management and Dr.", "Smith #60")]
    [InlineData("Lioresal (Baclofen) 10 mg one tablet p.o. t.i.d.", "#60 with 3 refills")]
    [InlineData("Follow-up visit with orthopedic surgeon J.", "Smith, M.D. x 1")]
    [InlineData("Norco 10/325mg #120, one tablet q.i.d. p.r.n.", "for pain")]
    public void A_heading_wrapped_after_an_abbreviation_is_one_heading(string firstLine, string secondLine)
    {
        var service = firstLine + " " + secondLine;
        foreach (var doubleSpaced in new[] { false, true })
        {
            var text = LetterLayouts.LaidOut(doubleSpaced, new[]
            {
                new[] { "CLINICAL CASE SUMMARY" },
                new[] { "The injured worker is a 50 year old male with low back pain." },
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { firstLine, secondLine + ": Upheld" },
                new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96." },
                new[] { $"Decision rationale: No benefit is documented. Therefore, the request for {service} is not medically necessary." },
            }, Array.Empty<string>());
            var (model, findings) = LetterLayouts.Checked(text);
            Assert.Equal(service, Assert.Single(model.Items).Service);
            Assert.Empty(findings.Select(f => $"{f.Id}: {f.Message}"));
        }
    }

    /// <summary>
    /// A line of justified prose that ends in the outcome word after a run of spaces is no heading: it is in lower case,
    /// or no item's label follows it. The item keeps its rationale and the letter its one item.
    /// </summary>
    [Theory]
    [InlineData("the prior decision should be     upheld")]
    [InlineData("the prior decision should be     Upheld")]
    [InlineData("THE PRIOR DECISION SHOULD BE     UPHELD")]
    public void A_prose_line_that_ends_in_an_outcome_after_spaces_is_no_heading(string line)
    {
        var rationale = $"Decision rationale: No functional benefit is documented and\n{line}\nbecause of it. Therefore, the request for Norco 10/325mg #120 is not medically necessary.";
        var text = Head + Item("Norco 10/325mg #120: Upheld", rationale) + "SIGNATURE\n";
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items);
        Assert.Contains(line, item.Rationale, StringComparison.Ordinal);
        Assert.Empty(Check(text).Select(f => $"{f.Id}: {f.Message}"));
    }

    /// <summary>
    /// A guideline line may list several topics of one guideline, each with its own pages, separated by a full stop, a
    /// comma or semicolon and "and": each is its own citation, and each topic's pages are checked against that topic.
    /// A page range written in words is checked as the range it is (the citation table in ExampleLetterTests reads them).
    /// </summary>
    [Theory]
    [InlineData("Opioids, criteria for use Page(s): 76-80. Weaning of medications Page(s): 124.", "Opioids, criteria for use=76-80|Weaning of medications=124", null)]
    [InlineData("Opioids, criteria for use Page(s): 76-80; Weaning of medications Page(s): 124", "Opioids, criteria for use=76-80|Weaning of medications=124", null)]
    [InlineData("Tramadol (Ultram), page 113, and Opioids, on-going management, pages 78-80", "Tramadol (Ultram)=113|Opioids, on-going management=78-80", null)]
    [InlineData("Opioids Page(s): 76-80 of 127. Muscle relaxants (for pain) Page(s): 63-66. Weaning of medications Page(s): 124.", "Opioids=76-80|Muscle relaxants (for pain)=63-66|Weaning of medications=124", null)]
    [InlineData("Opioids, criteria for use Page(s): 76-80. Weaning of medications Page(s): 97.", "Opioids, criteria for use=76-80|Weaning of medications=97", "Weaning of medications")]
    [InlineData("Tramadol (Ultram), page 60, and Opioids, on-going management, pages 78-80", "Tramadol (Ultram)=60|Opioids, on-going management=78-80", "Tramadol (Ultram)")]
    [InlineData("Page(s): 41-42, Cyclobenzaprine", "Cyclobenzaprine=41-42", null)] // the topic after the pages
    [InlineData("Muscle relaxants (for pain), pages 97 through 99.", "Muscle relaxants (for pain)=97-99", "Muscle relaxants (for pain)")]
    public void A_line_listing_several_topics_gives_a_citation_for_each(string cited, string expected, string? mismatched)
    {
        var line = "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines " + cited;
        var text = Head + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.", line);
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items);
        var maximus = item.Citations.Where(c => c.Source == CitationSource.Reviewer);
        Assert.Equal(expected, string.Join("|", maximus.Select(c => $"{c.Topic}={string.Join(",", c.Pages)}")));
        var pageFindings = Check(text).Where(f => f.Id == "IMR002").Select(f => f.Message).ToList();
        if (mismatched is null) Assert.Empty(pageFindings);
        else Assert.StartsWith($"'{mismatched}' is on", Assert.Single(pageFindings));
    }

    /// <summary>
    /// IMR004 compares the conclusion, the sentence IMR003 reads, with the heading: sentences after it (a note on a
    /// weaning quantity, a dose a future request may use) name other numbers without deciding anything.
    /// </summary>
    [Theory]
    [InlineData("Upheld", "Therefore, the request for Norco 10/325mg #120 is not medically necessary. Of note, the prior reviewer certified #60 to allow for weaning.", null)]
    [InlineData("Upheld", "The request for Norco 10/325mg #120 is not medically necessary. Should pain persist, a dose of 5/325mg may be considered.", null)]
    [InlineData("Overturned", "Therefore, the request for Norco 10/325mg #120 is medically necessary. A later request for #90 would need new records.", null)]
    [InlineData("Upheld", "Therefore, the request for Norco 10/325mg #90 is not medically necessary. Of note, #120 was asked for.", "#90")]
    [InlineData("Upheld", "Therefore, the request for Norco 5/325mg #120 is not medically necessary.", "5/325mg")]
    [InlineData("Upheld", "The records were reviewed; Norco 10/325mg #60 was tried.", "#60")] // no recognisable conclusion: the last sentence
    // A conclusion that names the heading's own dose or quantity is about this item, whatever else of that kind it names.
    [InlineData("Upheld", "The request for Norco 10/325mg #120 is not medically necessary given a morphine equivalent dose of 180 mg per day.", null)]
    [InlineData("Upheld", "The request for Norco 10/325mg #120 is not medically necessary; however, #60 would be reasonable to allow weaning.", null)]
    [InlineData("Upheld", "The request for Norco #120 is not medically necessary; the 10/325mg tablets may be weaned to 5/325mg.", null)]
    // A total in morphine equivalents is no dose of the item: it is not named among the conflicts.
    [InlineData("Upheld", "The request for Norco 7.5/325mg #60 is not medically necessary at 120 mg morphine equivalents.", "7.5/325mg #60")]
    [InlineData("Upheld", "The request for Norco 10/325 mg #90 is not medically necessary; #60 would allow weaning.", "#90 #60")]
    // A combination dose however it is written is the heading's dose.
    [InlineData("Upheld", "The request for Norco 10-325mg #120 is not medically necessary.", null)]
    [InlineData("Upheld", "The request for Norco 10mg/325mg #120 is not medically necessary.", null)]
    [InlineData("Upheld", "The request for Norco 10 mg/325 mg #120 is not medically necessary.", null)]
    [InlineData("Upheld", "The request for Norco 7.5-325mg #120 is not medically necessary.", "7.5/325mg")]
    public void IMR004_reads_the_conclusion_not_the_sentences_after_it(string outcome, string rationale, string? named)
    {
        var findings = Check(Head + Item($"Norco 10/325mg #120: {outcome}", "Decision rationale: Some reasons. " + rationale)).Where(f => f.Id == "IMR004").ToList();
        if (named is null)
        {
            Assert.Empty(findings.Select(f => f.Message));
            return;
        }
        // The message quotes the sentence it read: the rationale's first sentence here, whichever it was.
        var dot = rationale.IndexOf(". ", StringComparison.Ordinal);
        var sentence = dot < 0 ? rationale : rationale[..(dot + 1)];
        Assert.Equal($"the conclusion \"{sentence}\" names {named} but the heading is 'Norco 10/325mg #120'", Assert.Single(findings).Message);
    }

    [Theory]
    [InlineData("Upheld", "Medical necessity for the requested item has not been established.")]
    [InlineData("Upheld", "The request is non-certified.")]
    [InlineData("Overturned", "The requested treatment is medically necessary and appropriate.")]
    [InlineData("Upheld", "The records were reviewed in full.")] // no recognisable conclusion: not a contradiction
    [InlineData("Upheld", "Therefore, the request isnot medically necessary.")]
    public void IMR003_stays_silent_when_the_conclusion_agrees_or_is_not_recognisable(string outcome, string conclusion)
        => Assert.DoesNotContain(Check(Head + Item($"Norco 10/325mg #120: {outcome}", "Decision rationale: Some reasons. " + conclusion)), f => f.Id == "IMR003");

    [Theory]
    [InlineData("Upheld", "Therefore, the request is medically necessary.")]
    [InlineData("Overturned", "Therefore, medical necessity cannot be established.")]
    [InlineData("Overturned", "Therefore the request is not certified.")]
    // An auxiliary a converter glued to "not" still negates.
    [InlineData("Overturned", "Therefore, the request isnot medically necessary.")]
    [InlineData("Overturned", "The request doesnot meet medical necessity criteria.")]
    [InlineData("Overturned", "Therefore, Norco wasnot medically necessary.")]
    public void IMR003_fires_when_the_conclusion_says_the_opposite(string outcome, string conclusion)
        => Assert.Contains(Check(Head + Item($"Norco 10/325mg #120: {outcome}", "Decision rationale: Some reasons. " + conclusion)), f => f.Id == "IMR003");

    /// <summary>
    /// The published letters' running header is page furniture even where it shows once (after the first page break,
    /// the first page having none): it is never read as a rationale, nor as words of one.
    /// </summary>
    [Theory]
    [InlineData("Decision rationale:\n\nPage 1 of 2\n\n\fFinal Determination Letter for IMR Case Number CM15-0099881\n\n", null)]
    [InlineData("Decision rationale: The records were reviewed.\n\nPage 1 of 2\n\n\fFinal Determination Letter for IMR Case Number CM15-0099881\n\nTherefore, the request for Soma 350mg #60 is not medically necessary.\n\n", "The records were reviewed. Therefore, the request for Soma 350mg #60 is not medically necessary.")]
    public void A_running_header_seen_once_is_never_part_of_a_rationale(string block, string? rationale)
    {
        var text = Head + "Soma 350mg #60: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 29.\n\n" + block
                   + Item("Norco 10/325mg #60: Overturned", "Decision rationale: Therefore, the request for Norco 10/325mg #60 is medically necessary.");
        var items = LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items;
        Assert.Equal(2, items.Count);
        Assert.Equal(rationale ?? string.Empty, items[0].Rationale ?? string.Empty);
        Assert.Equal(rationale is null, Check(text).Any(f => f.Id == "IMR001" && f.Item == "Soma 350mg #60"));
    }

    /// <summary>
    /// A page's running header of the case number's label and value alone ("IMR Case Number: CM14-0551030"), below the
    /// letter's text, is furniture like the published letters' own: a citation the page break splits keeps its pages, so
    /// a wrong page is reported, in a hard-wrapped letter too. Followed by another header field it is a header of the
    /// letter's own (a cover page's), and it is read: the citation there ends before it.
    /// </summary>
    [Theory]
    [InlineData("IMR Case Number: CM14-0551030", true)]
    [InlineData("Case Number: CM14-0551030", true)]
    [InlineData("IMR Case Number:\tCM14-0551030", true)]
    [InlineData("Independent Medical Review Case Number: CM14- 0551030", true)]
    [InlineData("IMR Case Number: CM14-0551030\nDate of Injury: 01/05/2013", false)]
    [InlineData("IMR Case Number: CM14-0551030    Date of Injury: 01/05/2013", false)]
    public void A_running_case_number_header_splits_no_citation(string header, bool read)
    {
        var text = Head + "Cyclobenzaprine 7.5mg #60: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Cyclobenzaprine\n\n"
                   + "Page 1 of 2\n\f" + header + "\n\n(Flexeril) Page(s): 97.\n\n"
                   + "Decision rationale: Cyclobenzaprine is recommended as an option for a short course of therapy, and\n"
                   + "the effect is greatest in the first four days. The worker has taken it daily for over a year. Based\n"
                   + "on the above, Cyclobenzaprine 7.5mg #60 is not medically necessary.\n\n";
        var citation = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items).Citations.Single(c => c.Source == CitationSource.Reviewer);
        Assert.Equal(read, citation.Topic == "Cyclobenzaprine (Flexeril)" && citation.Pages.Count == 1);
        Assert.Equal(read, Check(text).Any(f => f.Id == "IMR002"));
    }

    /// <summary>
    /// The last page's footer is never the last rationale's words: a footer line of three cells ending in its page count,
    /// and up to three lines of an address below the letter's last footer. A placeholder rationale so followed gives its
    /// reasons no more than one standing alone (IMR001, not a cut-off IMR005), and a whole one keeps its own words. Prose set
    /// with wide spaces, or a sentence below the footer, is the letter's own.
    /// </summary>
    [Theory]
    [InlineData("TBD", "Independent Medical Review Unit    Fax: (916) 605-4270    Page 2 of 2", "")]
    [InlineData("TBD", "Page 1 of 1\nMAXIMUS Federal Services, Inc.\nP.O. Box 138009, Sacramento, CA 95813-8009", "")]
    [InlineData("TBD", "Independent Medical Review Unit\tFax: (916) 605-4270\tPg. 1/1\nMAXIMUS Federal Services, Inc.", "")]
    [InlineData("The request is not medically necessary.", "Page 1 of 1\nMAXIMUS Federal Services, Inc.\nP.O. Box 138009, Sacramento, CA 95813-8009", "")]
    [InlineData("The request is not medically necessary.", "Page 1 of 1\nSigned, the reviewer, who has no conflict of interest.", " Signed, the reviewer, who has no conflict of interest.")]
    [InlineData("The request is not medically necessary.", "Page 1 of 1\nA\nB\nC\nD", " A B C D")]
    [InlineData("The request is not medically necessary.", "As the MTUS    states on    page 76", " As the MTUS    states on    page 76")]
    // Below a footer that is not the last page's, the next page's lines are the letter's; a row whose cells are the
    // letter's own is no footer, whatever its last cell says (a review found both).
    [InlineData("The request is not medically necessary.", "Page 1 of 2\nJohn Smith, MD", " John Smith, MD")]
    [InlineData("The request is not medically necessary.", "Opioids    Page(s) 74-96    Page 78/127", " Opioids    Page(s) 74-96    Page 78/127")]
    public void The_last_pages_footer_is_no_rationales_words(string rationale, string footer, string left)
    {
        var text = Head + "Norco 10/325mg #120: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n"
                   + "Decision rationale: " + rationale + "\n\n" + footer + "\n";
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items);
        var expected = rationale == "TBD" ? rationale : rationale + left;
        Assert.Equal(expected, item.Rationale);
        var findings = Check(text);
        Assert.Equal(rationale == "TBD", findings.Any(f => f.Id == "IMR001"));
        Assert.DoesNotContain(findings, f => f.Id == "IMR005");
    }

    /// <summary>
    /// An item heading that a page break splits (footer, form feed, running header) is one heading, in single-spaced text
    /// (paragraphs apart by an empty line) and in PDF double-spaced text (an empty line after every line, paragraphs
    /// apart by a line of spaces): its dose and quantity stay, so IMR004 can compare them. A page break after the last
    /// line of the item before never joins that line to the next heading.
    /// </summary>
    [Theory]
    [InlineData(false, "", "Page 2 of 3", "\fFinal Determination Letter for IMR Case Number CM16-0120981", "")]
    [InlineData(false, "", "\f", "")]
    [InlineData(false, "Page 2 of 3", "\fFinal Determination Letter for IMR Case Number CM16-0120981")]
    [InlineData(true, "Page 2 of 3", "\fFinal Determination Letter for IMR Case Number CM16-0120981")]
    [InlineData(true, " ", "Page 2 of 3", "\f", " ")]
    public void A_heading_split_by_a_page_break_is_one_heading(bool doubleSpaced, params string[] furniture)
    {
        string Letter(string[] first, string[] second) => LetterLayouts.LaidOut(doubleSpaced, new[]
        {
            new[] { "CLINICAL CASE SUMMARY" },
            new[] { "The injured worker is a 50 year old male who was hurt lifting boxes at work", "and has had low back pain since." },
            new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
            new[] { "Soma 350mg #60: Upheld" },
            new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol", "(Soma) Page(s): 29" },
            new[] { "Decision rationale: Carisoprodol is not recommended for longer than a two to three week", "period. Therefore, it is not medically necessary." },
            first, second,
            new[] { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s):", "74-96." },
            new[] { "Decision rationale: No benefit is documented. Therefore, the request for Norco 10/325mg", "#90 is not medically necessary." },
        }, furniture);
        // The heading's two lines, a page apart: the break falls inside one paragraph.
        var split = Letter(new[] { "Norco 10/325mg #120 with 2", LetterLayouts.PageBreakMark, "refills: Upheld" }, Array.Empty<string>());
        Assert.Equal(new[] { "Soma 350mg #60", "Norco 10/325mg #120 with 2 refills" }, LetterReader.Standard.Read(new SourceFile("letter.txt", split)).Items.Select(i => i.Service));
        Assert.Equal("the conclusion \"Therefore, the request for Norco 10/325mg #90 is not medically necessary.\" names #90 but the heading is 'Norco 10/325mg #120 with 2 refills'",
            Assert.Single(Check(split), f => f.Id == "IMR004").Message);

        // A page apart from the item before, whose last line ends no sentence: the heading is its own.
        var apart = Letter(new[] { LetterLayouts.PageBreakMark, "Norco 10/325mg #120: Upheld" }, Array.Empty<string>())
            .Replace("it is not medically necessary.", "it is not medically necessary (MTUS, page 29)", StringComparison.Ordinal);
        Assert.Equal(new[] { "Soma 350mg #60", "Norco 10/325mg #120" }, LetterReader.Standard.Read(new SourceFile("letter.txt", apart)).Items.Select(i => i.Service));
    }

    /// <summary>
    /// A citation whose sentence runs on to the next page reads as if the page had not broken, whatever the page break
    /// is made of: pdftotext's bare empty line and form feed before the next page's first line, a form feed alone on
    /// its line, or a footer (alone or beside a second column) and a running header, in single-spaced text and PDF
    /// double-spaced text. The line before the
    /// break ends in a word, a page marker ("Page(s):", "pg.", "p."), an abbreviation ("Dr.", "Ed.") or a full stop the
    /// next page's lower-case word continues. Cut there, the topic lost its last words or its pages (a false IMR007, a
    /// missed IMR002).
    /// </summary>
    [Theory]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Transcutaneous", "electrotherapy (TENS) Page(s): 114-116.")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Aquatic therapy Page(s):", "22.")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, on-going management pg.", "78-80.")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use p.", "76-80.")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use pp.", "76-80, as Dr. Lee noted.")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use, as Dr.", "Lee noted, Page(s): 76-80.")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines, Opioids, criteria for use (see the 2009 ed.", "pages 76-80).")]
    [InlineData("MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use, per the reviewer's notes.", "pages 76-80.")]
    public void A_citation_that_runs_on_over_a_page_break_reads_whole(string beforeBreak, string afterBreak)
    {
        var furnitures = new (bool DoubleSpaced, bool Bare, string[] Furniture)[]
        {
            (false, true, new[] { "" }),
            (false, false, new[] { "", "\f", "" }),
            (false, false, new[] { "", "Page 2 of 3", "\fFinal Determination Letter for IMR Case Number CM16-0120981", "" }),
            (true, true, new[] { "" }),
            (true, false, new[] { " ", "Page 2 of 3", "\f", " " }),
            // A footer beside a second column, as `pdftotext -layout` keeps its cells.
            (false, false, new[] { "", "Page 2 of 3        CM16-0120981", "\f", "" }),
            (false, false, new[] { "", "CM16-0120981\tPage 2 of 3", "\f", "" }),
            (true, false, new[] { " ", "Page 2 of 3  Final Determination Letter", "\f", " " }),
        };
        foreach (var (doubleSpaced, bare, furniture) in furnitures)
        {
            string Letter(params string[] citation) => LetterLayouts.LaidOut(doubleSpaced, new[]
            {
                new[] { "CLINICAL CASE SUMMARY" },
                new[] { "The injured worker is a 50 year old male with low back pain." },
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "Norco 10/325mg #120: Upheld" },
                citation,
                new[] { "Decision rationale: No benefit is documented. Therefore, the request for Norco 10/325mg #120", "is not medically necessary." },
            }, furniture);
            var whole = LetterLayouts.Checked(Letter($"MAXIMUS guideline: Decision based on {beforeBreak}", afterBreak));
            var broken = LetterLayouts.Checked(Letter($"MAXIMUS guideline: Decision based on {beforeBreak}", LetterLayouts.PageBreakMark, (bare ? "\f" : "") + afterBreak));
            var layout = $"{(doubleSpaced ? "double" : "single")}-spaced, page break [{string.Join("|", furniture).Replace("\f", "<FF>")}]{(bare ? " bare" : "")}";
            var citation = Assert.Single(whole.Model.Items[0].Citations);
            Assert.True(citation.Pages.Count > 0 && citation.Topic is not null, $"{layout}: the citation without a page break reads no topic or pages");
            Assert.True(whole.Model.Equals(broken.Model), $"{layout}: the citation reads differently across the page break: topic '{broken.Model.Items[0].Citations.FirstOrDefault()?.Topic}', pages [{string.Join(", ", broken.Model.Items[0].Citations.FirstOrDefault()?.Pages ?? ValueList<PageRange>.Empty)}]");
            Assert.Equal(whole.Findings.Select(f => f.Id), broken.Findings.Select(f => f.Id));
        }
    }

    /// <summary>
    /// Two pages of PDF text that open with the same line of an item (a label line wrapped at the same word, a further
    /// guideline's "Decision based on") are not a running header: both items keep their citations. A citation's
    /// further guideline in a paragraph of its own still belongs to it. Before, the line was dropped from both pages as
    /// page furniture, and the citation with it (a false IMR006, topics and pages lost).
    /// </summary>
    [Theory]
    [InlineData("MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment|Guidelines {0} Page(s): {1}.", "")]
    [InlineData("MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines {0} Page(s): {1}.", "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter.")]
    public void Two_pages_opening_with_the_same_item_line_keep_it(string citation, string furtherGuideline)
    {
        foreach (var bare in new[] { true, false })
        {
            string[] Citation(string topic, string pages)
            {
                var lines = string.Format(citation, topic, pages).Split('|');
                var opening = furtherGuideline.Length > 0 ? furtherGuideline : lines[0];
                return furtherGuideline.Length > 0
                    ? lines.Append(LetterLayouts.PageBreakMark).Append((bare ? "\f" : "") + opening).ToArray()
                    : new[] { LetterLayouts.PageBreakMark, (bare ? "\f" : "") + opening }.Concat(lines.Skip(1)).ToArray();
            }
            var text = LetterLayouts.LaidOut(false, new[]
            {
                new[] { "CLINICAL CASE SUMMARY" },
                new[] { "The injured worker is a 50 year old male with low back pain." },
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "Norco 10/325mg #120: Upheld" },
                Citation("Opioids", "74-96"),
                new[] { "Decision rationale: No benefit is documented. Therefore, the request for Norco 10/325mg #120", "is not medically necessary." },
                new[] { "Soma 350mg #60: Upheld" },
                Citation("Carisoprodol (Soma)", "29"),
                new[] { "Decision rationale: Carisoprodol is not recommended. Therefore, the request for Soma 350mg #60", "is not medically necessary." },
            }, bare ? new[] { "" } : new[] { "", "\f", "" });
            var (model, findings) = LetterLayouts.Checked(text);
            var layout = bare ? "bare page breaks" : "form feed lines";
            Assert.Equal(new[] { "Norco 10/325mg #120", "Soma 350mg #60" }, model.Items.Select(i => i.Service));
            foreach (var item in model.Items)
            {
                var expected = furtherGuideline.Length > 0 ? 2 : 1;
                Assert.True(item.Citations.Count == expected && item.Citations[0].Pages.Count > 0,
                    $"{layout}: '{item.Service}' reads {item.Citations.Count} citations, not {expected}, pages [{string.Join(", ", item.Citations.SelectMany(c => c.Pages))}]");
            }
            Assert.DoesNotContain(findings, f => f.Severity != ImrDsl.Diagnostics.Severity.Info);
        }
    }

    /// <summary>
    /// What a letter sets after its last item (a closing paragraph and signature, a copy list, a section of its own such
    /// as a list of documents with their own verdicts) is not that item's rationale, in either layout of either era:
    /// read as part of it, the rationale ended in a comma (a false IMR005) or took a document's "non-certified" for its
    /// conclusion (a false IMR003). The rationale keeps its own text, and a line in capitals that continues its sentence.
    /// </summary>
    [Theory]
    [InlineData("This decision is final. A party may appeal it within 30 days.|Sincerely,|Jane Roe, MD|Medical Director")]
    [InlineData("Respectfully submitted|John Doe, MD")]
    [InlineData("Very truly yours,|MAXIMUS Federal Services")]
    [InlineData("cc: Claims Administrator, Employee, Provider")]
    [InlineData("DOCUMENTS REVIEWED|- Utilization Review determination, 06/05/2016 (non-certified)|- Progress report, Dr.")]
    [InlineData("EFFECT OF THE DECISION:|The decision is binding on the employer, who was found not medically responsible,")]
    [InlineData("APPEAL RIGHTS|You may appeal within thirty days, by filing with the appeals board,")]
    public void What_follows_the_last_item_is_not_its_rationale(string after)
    {
        const string Rationale = "Decision rationale: Pain relief and function are documented. The request for Norco 10/325mg #120 is medically necessary.";
        foreach (var doubleSpaced in new[] { true, false })
            foreach (var era in LetterLayouts.Eras)
            {
                var items = LetterLayouts.OneItem(era, "Norco 10/325mg #120", "Overturned",
                    "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.",
                    era == "headed" ? Rationale["Decision rationale: ".Length..] : "Pain relief and function are documented. The request for Norco 10/325mg #120 is medically necessary and appropriate.");
                var paragraphs = new[] { new[] { "CLINICAL CASE SUMMARY" }, new[] { "The injured worker is a 50 year old male." } }
                    .Concat(items).Concat(after.Split('|').Select(line => new[] { line })).ToArray();
                var text = LetterLayouts.LaidOut(doubleSpaced, paragraphs, Array.Empty<string>());
                var what = $"{era}, {(doubleSpaced ? "PDF text" : "single spaced")}:\n{text}";
                Assert.True(Check(text).Count == 0, what + "\n" + string.Join("\n", Check(text).Select(f => f.Id + " " + f.Message)));
                var read = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items).Rationale!;
                // A closing paragraph before the close may stay with the rationale; the close and what follows it may not.
                Assert.True(!read.Contains(after.Split('|')[^1], StringComparison.Ordinal), what + "\nrationale: " + read);
            }
    }

    [Fact]
    public void A_line_in_capitals_that_continues_the_rationales_sentence_stays_in_it()
    {
        var text = Head + Item("Norco 10/325mg #120: Upheld", "Decision rationale: The request does not meet the criteria of the\nCHRONIC PAIN MEDICAL TREATMENT GUIDELINES\nand is not medically necessary.");
        Assert.Empty(Check(text));
        Assert.EndsWith("GUIDELINES and is not medically necessary.", Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items).Rationale);
    }

    /// <summary>
    /// The case summary's date of injury, in every way summaries word it and every way they write a date: read as the
    /// header's date (no IMR008), and another date written the same way is IMR008. Before, a date after "injuries on",
    /// "dated", "that occurred on", a weekday, or before "industrial injury", and a dashed date with a two-digit year were
    /// not read at all, so a summary that disagreed with its header passed.
    /// </summary>
    [Fact]
    public void A_summarys_date_of_injury_is_read_however_it_is_worded_and_written()
    {
        var phrases = new[]
        {
            "sustained an industrial injury on {D}", "sustained industrial injuries on {D}", "sustained an industrial injury dated {D}",
            "sustained an industrial injury that occurred on {D}", "sustained an industrial injury on Friday, {D}", "was injured at work on {D}",
            "sustained a {D} industrial injury", "has a {D} date of injury", "reported a date of injury of {D}", "sustained an industrial injury, {D}",
            "reported a DOI of {D}", "reported a date of injury (DOI) of {D}", "has low back pain (DOI: {D})", "has low back pain, DOI {D}",
            // probe88's: an injury verb with the body part and the place before its "on", and the injury's date named.
            "was hurt at work on {D}", "injured his low back at work on {D}", "hurt her right shoulder lifting boxes on {D}",
            "was injured while working on {D}", "reports an injury date of {D}", "has an injury date of {D}", "whose injury date is {D}",
            "whose date of injury was {D}", "was injured in a fall at work on {D}",
        };
        var forms = new Func<DateTime, string>[]
        {
            d => $"{d.Month}/{d.Day}/{d.Year}", d => $"{d:MM/dd/yyyy}", d => $"{d.Month}/{d.Day}/{d:yy}", d => $"{d.Month}-{d.Day}-{d:yy}",
            d => $"{d:MM-dd-yyyy}", d => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), d => d.ToString("MMM. d", CultureInfo.InvariantCulture) + $"th, {d.Year}",
            d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), d => $"{d:yyyy-MM-dd}",
        };
        var header = new DateTime(2007, 2, 9);
        var failures = new List<string>();
        foreach (var phrase in phrases)
            foreach (var form in forms)
                foreach (var summaryDate in new[] { header, new DateTime(2008, 3, 9) })
                {
                    var sentence = "The injured worker is a 50 year old male who " + phrase.Replace("{D}", form(summaryDate)) + ".";
                    var text = "Date of Injury: 02/09/2007\n\nCLINICAL CASE SUMMARY\n\n" + sentence + "\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
                        + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");
                    var read = LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Summary?.InjuryDate;
                    var ids = Check(text).Select(f => f.Id).ToList();
                    if (read != summaryDate || !ids.SequenceEqual(summaryDate == header ? Array.Empty<string>() : new[] { "IMR008" }))
                        failures.Add($"{sentence}: read {read:yyyy-MM-dd}, findings [{string.Join(", ", ids)}]");
                }
        Assert.True(failures.Count == 0, $"{failures.Count} of {phrases.Length * forms.Length * 2}:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>
    /// An earlier, other injury told of first with an injury verb ("She injured her right knee skiing on 2/14/2009") does
    /// not give the date when a later sentence names the industrial injury's (probe88: a false IMR008).
    /// </summary>
    [Theory]
    [InlineData("She injured her right knee skiing on 2/14/2005 and had surgery. She sustained the current industrial injury on 02/09/2007.")]
    [InlineData("He was hurt in a car accident on 2/14/2005. His date of injury is 2/9/2007.")]
    [InlineData("He hurt his back at home on 2/14/2005. DOI: 2/9/2007.")]
    public void A_named_injury_date_outranks_an_earlier_injury_verb(string summary)
    {
        var text = "Date of Injury: 02/09/2007\n\nCLINICAL CASE SUMMARY\n\n" + summary + "\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
            + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");
        Assert.Equal(new DateTime(2007, 2, 9), LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Summary?.InjuryDate);
        Assert.DoesNotContain(Check(text), f => f.Id == "IMR008");
    }

    /// <summary>
    /// "DOI" is the date of injury only as a word in capitals: "doing" holds it, and a paper's "doi:" is an identifier.
    /// An injury verb gives its date only through an "on" a few words later in the same clause, and not as a word that
    /// describes a noun ("The injured worker returned to work on ...").
    /// </summary>
    [Theory]
    [InlineData("was doing 02/03/2008 work when seen")]
    [InlineData("cites Smith et al., doi: 10/12/2008 online")]
    [InlineData("was seen by DOIT 10/12/2008")]
    // An injury verb whose "on" belongs to another event, or that describes a noun.
    [InlineData("was injured in 2006 and underwent surgery on 10/12/2008")]
    [InlineData("was hurt. He had surgery on 10/12/2008")]
    [InlineData("was injured, then seen on 10/12/2008")]
    [InlineData("was injured with surgery later on 10/12/2008")]
    [InlineData("has an injured knee that was examined on 10/12/2008")]
    [InlineData("presented. The injured worker returned to work on 10/12/2008")]
    [InlineData("was hurt while lifting a heavy box at the warehouse of the company on 10/12/2008")]
    // A review's: the person the word describes, and a later injury.
    [InlineData("presented. This 44 year old injured worker was seen on 10/12/2008")]
    [InlineData("presented. Injured worker seen in clinic on 10/12/2008")]
    [InlineData("hurt his back again at home on 10/12/2008")]
    [InlineData("was injured in a car crash on 10/12/2008")]
    public void Doi_is_read_only_as_the_abbreviation(string words)
    {
        var text = "Date of Injury: 02/09/2007\n\nCLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male who " + words + ".\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n"
            + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");
        Assert.Null(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Summary?.InjuryDate);
        Assert.DoesNotContain(Check(text), f => f.Id == "IMR008");
    }

    /// <summary>
    /// A header's date of injury may be a cumulative-trauma period, written with a dash, "to", "through" or "thru", in
    /// either date form. Its last day is read too, and a summary's date on either end or between them agrees with it; a
    /// date outside it is IMR008, naming the period. A cell with one date keeps to that day. Before, only the period's first
    /// day was read, so a summary giving the last one ("a date of injury of 06/30/2012") was a false IMR008.
    /// </summary>
    [Fact]
    public void A_cumulative_trauma_period_in_the_header_holds_the_summarys_date_of_injury()
    {
        var from = new DateTime(2010, 1, 1);
        var through = new DateTime(2012, 6, 30);
        var forms = new Func<DateTime, string>[] { d => d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), d => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) };
        var cells = new[] { "{A} - {B}", "{A}-{B}", "{A} \u2013 {B}", "{A} to {B}", "{A} through {B}", "{A} Thru {B}", "CT {A}-{B}", "CT: {A} - {B}", "{A} - {B} (CT)" };
        var summaryDates = new[] { from, through, new DateTime(2011, 5, 17), from.AddDays(-1), through.AddDays(1) };
        var failures = new List<string>();
        var cases = 0;
        foreach (var form in forms)
            foreach (var cell in cells.Select(c => c.Replace("{A}", form(from)).Replace("{B}", form(through))).Append(form(from)))
                foreach (var date in summaryDates)
                {
                    cases++;
                    var isPeriod = cell != form(from);
                    var text = WithInjuryDates(cell, date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
                    var read = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
                    var findings = Check(text).Where(f => f.Id == "IMR008").Select(f => f.Message).ToList();
                    var within = date >= from && date <= (isPeriod ? through : from);
                    var period = isPeriod ? "2010-01-01 to 2012-06-30" : "2010-01-01";
                    var expected = within ? Array.Empty<string>() : new[] { $"the header gives the date of injury as {period} but the case summary says {date:yyyy-MM-dd}" };
                    if (read.InjuryDate != from || read.InjuryDateThrough != (isPeriod ? through : null) || !findings.SequenceEqual(expected))
                        failures.Add($"'{cell}' with {date:yyyy-MM-dd}: read {read.InjuryDate:yyyy-MM-dd} to {read.InjuryDateThrough:yyyy-MM-dd}, findings [{string.Join("; ", findings)}]");
                }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases}:\n" + string.Join("\n", failures.Take(30)));
    }

    /// <summary>
    /// A period written backwards is one IMR008 on its second date, whichever end the summary gives; a day in a period
    /// that names no real day, at either end, is one IMR008 quoting it, and the period's other date is not read as the
    /// whole date of injury. Before, "02/30/2010 - 06/30/2012" read as 06/30/2012 and the typing error went unreported.
    /// </summary>
    [Theory]
    [InlineData("06/30/2012 - 01/01/2010", "01/01/2010", "the header's date of injury runs back from 2012-06-30 to 2010-01-01; a period must end after it starts")]
    [InlineData("06/30/2012 - 01/01/2010", "06/30/2012", "the header's date of injury runs back from 2012-06-30 to 2010-01-01; a period must end after it starts")]
    [InlineData("06/30/2012 through 01/01/2010", "03/15/2011", "the header's date of injury runs back from 2012-06-30 to 2010-01-01; a period must end after it starts")]
    [InlineData("02/30/2010 - 06/30/2012", "01/01/2010", "the header date \"02/30/2010\" names no real day, so it cannot be checked against the letter's other dates")]
    [InlineData("01/01/2010 - 02/30/2012", "06/30/2011", "the header date \"02/30/2012\" names no real day, so it cannot be checked against the letter's other dates")]
    [InlineData("01/01/2010 to 13/45/2012", "06/30/2013", "the header date \"13/45/2012\" names no real day, so it cannot be checked against the letter's other dates")]
    public void A_period_written_backwards_or_with_no_real_day_is_one_finding(string cell, string summaryDate, string message)
        => Assert.Equal(new[] { message }, Check(WithInjuryDates(cell, summaryDate)).Where(f => f.Id == "IMR008").Select(f => f.Message));

    /// <summary>A letter whose header gives the date of injury as <paramref name="cell"/> and whose summary gives <paramref name="summaryDate"/>.</summary>
    private static string WithInjuryDates(string cell, string summaryDate)
        => $"Date of Injury: {cell}\n\nCLINICAL CASE SUMMARY\n\nThe injured worker is a 50 year old male with a date of injury of {summaryDate}.\n\n"
            + "IMR ISSUES, DECISIONS AND RATIONALES\n\n" + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");

    /// <summary>
    /// A header date in a date's shape that names no real day, in any form and under any date label, is one IMR008 at the
    /// date as written, quoting it; a cell with no date at all ("Pending") is not. Before, such a date was dropped in
    /// silence and every check that needed it passed.
    /// </summary>
    [Fact]
    public void A_header_date_that_names_no_real_day_is_reported_where_it_is_written()
    {
        var labels = new[] { "Date of Injury", "UR Denial Date", "Application Received", "Date Assigned", "Decision Date", "Dated" };
        var written = new[] { "02/30/2013", "13/45/2014", "04/31/2014", "06/14/2201", "06/14/1850", "02-30-2013", "2013-02-30", "February 30, 2013", "31 April 2014", "Feb. 29th, 2015" };
        var failures = new List<string>();
        var cases = 0;
        foreach (var label in labels)
            foreach (var cell in written.Append("Pending").Append("unknown"))
            {
                cases++;
                var header = $"Case Number: CM16-0101234\n{label}: {cell}\nPriority: Standard";
                var findings = Check(WithHeader(header)).Where(f => f.Id == "IMR008").Select(f => $"{f.Line}:{f.Column}-{f.EndColumn} {f.Message}").ToList();
                var column = label.Length + 3;
                var expected = cell is "Pending" or "unknown" ? Array.Empty<string>() : new[]
                {
                    $"2:{column}-{column + cell.Length} the header date \"{cell}\" names no real day, so it cannot be checked against the letter's other dates",
                };
                if (!findings.SequenceEqual(expected)) failures.Add($"'{label}: {cell}': found [{string.Join("; ", findings)}]");
            }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases}:\n" + string.Join("\n", failures.Take(30)));
    }

    /// <summary>
    /// Of two dates that name no real day, the one written first is reported, whatever their labels; "00/00/0000" is a
    /// placeholder for a date not known, and no finding.
    /// </summary>
    [Theory]
    [InlineData("Date of Injury: 06/14/2010    UR Denial Date: 13/02/2013    Decision Date: 02/30/2013", "13/02/2013")]
    [InlineData("Decision Date: 02/30/2013    UR Denial Date: 13/02/2013", "02/30/2013")]
    [InlineData("Application Received: 04/31/2014\nDate Assigned: 02/30/2014", "04/31/2014")]
    [InlineData("Date of Injury: 00/00/0000    Decision Date: 02/03/2014", null)]
    [InlineData("Date of Injury: 00-00-0000", null)]
    public void The_first_date_written_that_names_no_real_day_is_reported(string header, string? quoted)
    {
        var findings = Check(WithHeader(header)).Where(f => f.Id == "IMR008").Select(f => f.Message);
        Assert.Equal(quoted is null ? Array.Empty<string>() : new[] { $"the header date \"{quoted}\" names no real day, so it cannot be checked against the letter's other dates" }, findings);
    }

    /// <summary>IMR008 names the two dates it finds out of order, each by what it is in the letter's header.</summary>
    [Theory]
    [InlineData("Date of Injury: 05/01/2016\nDecision Date: 02/03/2014", "the date of injury, 2016-05-01, comes after the decision date, 2014-02-03: an impossible order")]
    [InlineData("Date Assigned: 03/19/2018\nDecision Date: 02/27/2018", "the date assigned, 2018-03-19, comes after the decision date, 2018-02-27: an impossible order")]
    public void IMR008_names_the_dates_in_an_impossible_order(string header, string message)
    {
        var finding = Assert.Single(Check(WithHeader(header)));
        Assert.Equal(("IMR008", message), (finding.Id, finding.Message));
    }

    /// <summary>
    /// A case number cell holds the number in its usual shape with whatever the letter set around it: a full stop or comma
    /// after it, the priority in brackets, a converter's space after the hyphen, lower case. The number is read alone, in
    /// capitals, and is no IMR208; a cell without the shape is read as written, so a wrong number is still one.
    /// </summary>
    [Theory]
    [InlineData("CM16-0101234", "CM16-0101234")]
    [InlineData("CM16-0101234.", "CM16-0101234")]
    [InlineData("CM16-0101234,", "CM16-0101234")]
    [InlineData("CM16-0101234 (Expedited)", "CM16-0101234")]
    [InlineData("CM16- 0101234", "CM16-0101234")]
    [InlineData("cm16-0101234", "CM16-0101234")]
    [InlineData("IMR 13-000123.", "IMR 13-000123")]
    [InlineData("CM16-010123", null)]
    [InlineData("CM16-01012345", null)]
    [InlineData("Pending", null)]
    public void A_case_number_is_read_whatever_its_cell_adds(string cell, string? number)
    {
        var text = WithHeader($"Case Number: {cell}    Date of Injury: 03/12/2012");
        Assert.Equal(number ?? cell, LetterReader.Standard.Read(new SourceFile("letter.txt", text)).CaseNumber);
        Assert.Equal(number is null, Check(text).Any(f => f.Id == "IMR208"));
    }

    /// <summary>
    /// A header label after a word that makes it another review's ("UR Decision Date") fills no field of this decision,
    /// wherever it stands on the line; the label unqualified, before or after it, still does.
    /// </summary>
    [Theory]
    [InlineData("Date of Injury: 03/12/2012    UR Decision Date: 06/05/2016\nDate Assigned: 06/30/2016", null)]
    [InlineData("UR Decision Date: 06/05/2016    Decision Date: 07/20/2016", "2016-07-20")]
    [InlineData("Decision Date: 07/20/2016    Prior Decision Date: 01/05/2015", "2016-07-20")]
    [InlineData("Utilization Review Decision Date: 06/05/2016", null)]
    [InlineData("Original Decision Date: 06/05/2016", null)]
    [InlineData("IMR Decision Date: 07/20/2016", "2016-07-20")]
    public void A_qualified_header_label_names_another_reviews_date(string header, string? decisionDate)
    {
        var read = LetterReader.Standard.Read(new SourceFile("letter.txt", WithHeader(header)));
        Assert.Equal(decisionDate, read.DecisionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(Check(WithHeader(header)), f => f.Id == "IMR008");
    }

    /// <summary>The case summary's heading in each wording letters print, in either case and either layout: no IMR005.</summary>
    [Theory]
    [InlineData("CLINICAL CASE SUMMARY")]
    [InlineData("CLINICAL SUMMARY")]
    [InlineData("CASE SUMMARY")]
    [InlineData("Clinical Summary:")]
    [InlineData("### CASE SUMMARY")]
    public void The_case_summary_is_found_under_each_heading_letters_print(string heading)
    {
        var text = Head.Replace("CLINICAL CASE SUMMARY", heading, StringComparison.Ordinal)
                   + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");
        Assert.Empty(Check(text));
        Assert.Equal("The injured worker is a 50 year old male.", LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Summary?.Text);
    }

    /// <summary>
    /// Converted letters set labels in bold or italics with either mark, and close the emphasis before the colon or after
    /// it; every way reads as the label, for the guideline line and the rationale alike.
    /// </summary>
    [Theory]
    [InlineData("**{0}:** ")]
    [InlineData("**{0}**: ")]
    [InlineData("*{0}:* ")]
    [InlineData("*{0}*: ")]
    [InlineData("__{0}:__ ")]
    [InlineData("__{0}__: ")]
    [InlineData("_{0}_: ")]
    public void An_emphasised_label_reads_as_the_label(string style)
    {
        string Label(string label) => string.Format(System.Globalization.CultureInfo.InvariantCulture, style, label);
        var text = Head + "**Naproxen 550mg #60: Upheld**\n\n"
                   + Label("MAXIMUS guideline") + "Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-68.\n\n"
                   + Label("Decision rationale") + "Therefore, the request for Naproxen 550mg #60 is not medically necessary.\n";
        Assert.True(Check(text, "letter.md").Count == 0, text + "\n" + string.Join("\n", Check(text, "letter.md").Select(f => f.Id + " " + f.Message)));
        var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.md", text)).Items);
        Assert.Equal("Naproxen 550mg #60", item.Service);
        Assert.Equal("Therefore, the request for Naproxen 550mg #60 is not medically necessary.", item.Rationale);
    }

    /// <summary>
    /// Each wording of each label (the plural some letters print, the rationale's label alone), plain, in every emphasis
    /// a converter uses, and closed by a spaced colon, a dash or "(s):", with its words one space apart or more (justified
    /// text converted with its layout kept), reads as that label: the citations keep their sources and the rationale its text.
    /// </summary>
    [Theory]
    [InlineData("Claims Administrator guideline", "MAXIMUS guideline", "Decision rationale")]
    [InlineData("Claims Administrator guidelines", "MAXIMUS guidelines", "Decision rationale")]
    [InlineData("Claims Administrator guideline", "MAXIMUS guideline", "Rationale")]
    [InlineData("Claims Administrator guidelines", "MAXIMUS guidelines", "Rationale")]
    [InlineData("Medical Treatment Guideline(s) Used by the Claims Administrator", "Medical Treatment Guideline(s) Used by the Expert Reviewer", "Rationale for the Decision")]
    public void Every_label_wording_reads_as_its_label(string claims, string reviewer, string rationale)
    {
        foreach (var style in new[] { "{0}: ", "**{0}:** ", "**{0}**: ", "*{0}:* ", "__{0}__: ", "{0} : ", "{0} - ", "{0} \u2014 ", "{0}(s): " })
        foreach (var gap in new[] { " ", "  ", "   ", "\t" })
        {
            string Label(string label) => string.Format(System.Globalization.CultureInfo.InvariantCulture, style, label.Replace(" ", gap));
            var text = Head + "Naproxen 550mg #60: Upheld\n\n"
                       + Label(claims) + "Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-68.\n\n"
                       + Label(reviewer) + "Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-68.\n\n"
                       + Label(rationale) + "Therefore, the request for Naproxen 550mg #60 is not medically necessary.\n";
            Assert.True(Check(text, "letter.md").Count == 0, text + "\n" + string.Join("\n", Check(text, "letter.md").Select(f => f.Id + " " + f.Message)));
            var item = Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.md", text)).Items);
            Assert.Equal(new CitationSource?[] { CitationSource.ClaimsAdministrator, CitationSource.Reviewer }, item.Citations.Select(c => c.Source));
            Assert.Equal("Therefore, the request for Naproxen 550mg #60 is not medically necessary.", item.Rationale);
        }
    }

    /// <summary>
    /// A rationale that only stands in for one ("To be completed.", a bare outcome, a pointer to another item's) gives no
    /// reasons: IMR001, in either era's layout and either spacing.
    /// </summary>
    [Theory]
    [InlineData("TBD")]
    [InlineData("See above.")]
    [InlineData("To be completed.")]
    [InlineData("Upheld.")]
    [InlineData("Please refer to the rationale for item 1.")]
    [InlineData("Same as above.")]
    [InlineData("N/A")]
    // Placeholders a drafting template leaves, bracketed or not (a probe's first was read as reasons).
    [InlineData("[Rationale to be inserted by reviewer]")]
    [InlineData("<Rationale to be entered by the expert reviewer>")]
    [InlineData("Rationale to be provided.")]
    [InlineData("(Awaiting reviewer rationale)")]
    // A pointer to an attachment, and a typesetter's filler sentence whole (a fifth probe's were read as reasons).
    [InlineData("See attached.")]
    [InlineData("Please see attached report.")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")]
    // probe88's: a pointer to another item's rationale that names it, pointers worded otherwise, and a run of X's.
    [InlineData("Refer to the rationale for Soma above.")]
    [InlineData("Same rationale as for Soma 350mg above.")]
    [InlineData("Per above.")]
    [InlineData("See UR report.")]
    [InlineData("Please refer to the decision rationale for the first item, which applies equally here.")]
    [InlineData("XXXXXXXXXX")]
    [InlineData("Xxxxx xxxx.")]
    public void IMR001_fires_for_a_rationale_that_only_holds_its_place(string placeholder)
    {
        foreach (var era in LetterLayouts.Eras)
            foreach (var doubleSpaced in new[] { false, true })
            {
                var text = LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem(era, "Norco 10/325mg #120", "Upheld", "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.", placeholder));
                Assert.True(Check(text).Any(f => f.Id == "IMR001"), $"{era}, {(doubleSpaced ? "PDF text" : "single spaced")}:\n{text}");
            }
    }

    /// <summary>
    /// A short rationale that points elsewhere but also gives a verdict or a reason, or names more than an item, gives
    /// reasons: no IMR001.
    /// </summary>
    [Theory]
    [InlineData("Not medically necessary per above.")]
    [InlineData("Denied per the guidelines above.")]
    [InlineData("See Soma above; the patient is stable on Norco and the request is not medically necessary.")]
    [InlineData("As above, the request is not medically necessary.")]
    [InlineData("Not recommended, as discussed above.")]
    [InlineData("No functional improvement was documented, as above.")]
    [InlineData("See the MTUS criteria above.")]
    [InlineData("Overdose risk with benzodiazepines, as discussed above.")]
    // Words that may point elsewhere but here give reasons (a review).
    [InlineData("No prior trial of NSAIDs.")]
    [InlineData("Prior fusion failed.")]
    [InlineData("Exceeds quantity per UR.")]
    [InlineData("Earlier therapy helped.")]
    public void IMR001_is_silent_for_a_short_rationale_that_points_elsewhere_and_gives_reasons(string rationale)
    {
        foreach (var era in LetterLayouts.Eras)
        {
            var text = LetterLayouts.Letter(false, LetterLayouts.OneItem(era, "Norco 10/325mg #120", "Upheld", "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.", rationale));
            Assert.DoesNotContain(Check(text), f => f.Id == "IMR001");
        }
    }

    /// <summary>The issues section is found under its heading in the singular, with an ampersand, or in title case, as letters print it.</summary>
    [Theory]
    [InlineData("IMR ISSUES, DECISIONS AND RATIONALE")]
    [InlineData("IMR ISSUE, DECISION AND RATIONALE")]
    [InlineData("IMR ISSUES, DECISIONS & RATIONALES")]
    [InlineData("IMR Issues, Decisions & Rationales")]
    [InlineData("IMR ISSUES & DECISIONS")]
    [InlineData("IMR ISSUE, DECISION & RATIONALE")]
    [InlineData("IMR ISSUES, DECISIONS &\nRATIONALES")]
    public void The_issues_section_is_found_under_each_heading_letters_print(string heading)
    {
        var text = Head.Replace("IMR ISSUES, DECISIONS AND RATIONALES", heading, StringComparison.Ordinal)
                   + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");
        Assert.Empty(Check(text).Select(f => $"{f.Id}: {f.Message}"));
        Assert.Equal("Norco 10/325mg #120", Assert.Single(LetterReader.Standard.Read(new SourceFile("letter.txt", text)).Items).Service);
    }

    /// <summary>
    /// A header set as a Markdown table, as converters write a Word table ("| Case Number: | CM16-0123456 |", four cells to a
    /// row or two, labels bold or not, or "| **Case Number:** CM16-0123456 |"), reads as the same header as its plain
    /// lines: a probe found the case number read as "| CM16-0123456 |" (a false IMR208) and the priority as "| Standard".
    /// </summary>
    [Theory]
    [InlineData("four cells")]
    [InlineData("two cells")]
    [InlineData("two cells, bold labels")]
    [InlineData("one cell, bold label")]
    [InlineData("bold labels")]
    public void A_header_set_as_a_markdown_table_reads_as_its_plain_lines(string layout)
    {
        var fields = new[] { ("Case Number:", "CM16-0123456"), ("Date Assigned:", "07/11/2016"), ("Date of Injury:", "03/02/2012"), ("Decision Date:", "08/15/2016"),
                             ("UR Denial Date:", "06/20/2016"), ("Priority:", "Standard"), ("Application Received:", "06/28/2016") };
        string Bold(string label) => layout.Contains("bold") ? $"**{label}**" : label;
        var rows = layout switch
        {
            "four cells" => new[] { "| | | | |", "|---|---|---|---|" }.Concat(fields.Chunk(2).Select(pair => "| " + string.Join(" | ", pair.Select(f => $"{f.Item1} | {f.Item2}")) + (pair.Length == 1 ? " | | |" : " |"))),
            "one cell, bold label" => new[] { "| |", "|---|" }.Concat(fields.Select(f => $"| {Bold(f.Item1)} {f.Item2} |")),
            "bold labels" => fields.Select(f => $"{Bold(f.Item1)} {f.Item2}"),
            _ => new[] { "| | |", "|---|---|" }.Concat(fields.Select(f => $"| {Bold(f.Item1)} | {f.Item2} |")),
        };
        static Determination Read(string header) => LetterReader.Standard.Read(new SourceFile("letter.md", WithHeader(header)));
        var expected = Read(string.Join("\n", fields.Select(f => $"{f.Item1} {f.Item2}")));
        var actual = Read(string.Join("\n", rows));
        Assert.Equal((expected.CaseNumber, expected.AssignedDate, expected.InjuryDate, expected.DecisionDate, expected.UrDenialDate, expected.ApplicationReceived, expected.Priority),
            (actual.CaseNumber, actual.AssignedDate, actual.InjuryDate, actual.DecisionDate, actual.UrDenialDate, actual.ApplicationReceived, actual.Priority));
        Assert.Equal("CM16-0123456", actual.CaseNumber);
        Assert.Empty(Check(WithHeader(string.Join("\n", rows)), "letter.md").Where(f => f.Id is "IMR208" or "IMR008").Select(f => f.Message));
    }

    /// <summary>
    /// A letter's own line that stands at the same place on several pages stays the letter's: the same last line of two
    /// rationales above their page's footer, the same first line of two pages below the running header, a citation's end,
    /// a sentence that names an earlier case at a page's top. A probe of letters built so found all of them dropped as
    /// page furniture by a first version of the header and footer rules, in silence. Each letter of three pages reads as
    /// the same one without its page breaks.
    /// </summary>
    [Theory]
    [InlineData("Therefore, the request is not medically necessary.", false)]
    [InlineData("Therefore, the request is not medically necessary.", true)]
    [InlineData("Opioids Page(s): 74-96.", false)]
    [InlineData("Opioids Page(s): 74-96.", true)]
    [InlineData("The prior review, CM14-0045678, found the same.", true)]
    public void A_line_of_the_letter_at_the_same_place_on_several_pages_stays_the_letters(string line, bool pageTop)
    {
        // Two items, each with the line where a page ends (or starts): the rationale's last line, or a citation's end.
        var citation = line.Contains("Page(s)", StringComparison.Ordinal);
        string Body(string rationaleEnd) => citation
            ? $"Decision rationale: There is no documentation of functional improvement. {rationaleEnd}"
            : $"Decision rationale: There is no documentation of functional improvement.\n{line}";
        var guideline = citation ? "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines\n" + line : "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.";
        string Break(int page) => $"\nPage {page} of 3\n\fFinal Determination Letter for IMR Case Number CM16-0123456\n";
        var items = new[] { ("Norco 10/325mg #120: Upheld", "Therefore, the request for Norco is not medically necessary."), ("Tramadol 50mg #60: Upheld", "Therefore, the request for Tramadol is not medically necessary.") };
        string Letter(bool broken)
        {
            var text = new System.Text.StringBuilder(Head);
            for (var k = 0; k < items.Length; k++)
            {
                var (heading, end) = items[k];
                // The line that repeats stands last on the page (a footer follows it) or first (the running header precedes it).
                var parts = citation ? (guideline.Split('\n')[0], guideline.Split('\n')[1]) : (Body(end).Split('\n')[0], line);
                var pageBreak = broken ? Break(k + 1) : "\n";
                var lines = pageTop ? parts.Item1 + pageBreak + parts.Item2 : parts.Item1 + "\n" + parts.Item2 + pageBreak;
                text.Append(heading).Append("\n\n");
                if (citation) text.Append(lines).Append("\n\n").Append(Body(end)).Append("\n\n");
                else text.Append(guideline).Append("\n\n").Append(lines).Append("\n\n");
            }
            return text.Append("Page 3 of 3\n").ToString();
        }
        static object Read(string letter)
        {
            var model = LetterReader.Standard.Read(new SourceFile("letter.txt", letter));
            return string.Join("\n", model.Items.Select(i => $"{i.Service} | {i.Rationale} | {string.Join("; ", i.Citations.Select(c => c.Topic))}"));
        }
        Assert.Equal(Read(Letter(broken: false)), Read(Letter(broken: true)));
    }

    /// <summary>
    /// A header set as rows of labels above rows of values, as a Word table of labels over values converts to text
    /// ("Date of Injury:      Decision Date:" / "05/05/2013      03/22/2016"): any order of the fields, one to three to a
    /// row, cells two or more spaces or a tab apart, aligned in columns or not, or a Markdown table (its rule under the
    /// labels is no row of values), reads as its plain lines. Before, a
    /// label at a row's end took the first cell below it, another field's value: the injury date read as the decision
    /// date (a false IMR008) and a date as the priority.
    /// </summary>
    [Fact]
    public void A_header_of_labels_above_their_values_reads_as_its_plain_lines()
    {
        var fields = new[] { ("Case Number:", "CM16-0123456"), ("Date Assigned:", "07/11/2016"), ("Date of Injury:", "03/02/2012"), ("Decision Date:", "08/15/2016"),
                             ("UR Denial Date:", "06/20/2016"), ("Priority:", "Standard"), ("Application Received:", "06/28/2016") };
        static Determination Read(string header) => LetterReader.Standard.Read(new SourceFile("letter.txt", WithHeader(header)));
        static object Header(Determination d) => (d.CaseNumber, d.AssignedDate, d.InjuryDate, d.DecisionDate, d.UrDenialDate, d.ApplicationReceived, d.Priority);
        var expected = Header(Read(string.Join("\n", fields.Select(f => $"{f.Item1} {f.Item2}"))));
        var layouts =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from perRow in Gen.Choose(1, 3)
            from cells in Gen.Elements("spaces", "tabs", "markdown")
            from aligned in Gen.Elements(true, false)
            select (seed, perRow, cells, aligned);
        Prop.ForAll(layouts.ToArbitrary(), layout =>
        {
            var random = new Random(layout.seed);
            var rows = new List<string>();
            foreach (var row in fields.OrderBy(_ => random.Next()).Chunk(layout.perRow))
            {
                // Aligned: each column as wide as its label or value, as pdftotext -layout sets a table; else any gap. A
                // Markdown table has its rule under the labels.
                string Gap(int width) => layout.cells == "tabs" ? "\t" : new string(' ', layout.aligned ? width + 3 : random.Next(2, 9));
                string Row(Func<(string, string), string> cell)
                    => layout.cells == "markdown" ? "| " + string.Join(" | ", row.Select(cell)) + " |"
                        : string.Concat(row.Select((f, k) => cell(f) + (k < row.Length - 1 ? Gap(Math.Max(f.Item1.Length, f.Item2.Length) - cell(f).Length) : "")));
                rows.Add(Row(f => f.Item1));
                if (layout.cells == "markdown") rows.Add(Row(_ => "---"));
                rows.Add(Row(f => f.Item2));
                rows.Add("");
            }
            var header = string.Join("\n", rows);
            var read = Read(header);
            if (!Equals(expected, Header(read))) throw new Xunit.Sdk.XunitException($"{Header(read)} read from\n{header}");
            var dateFindings = Check(WithHeader(header)).Where(f => f.Id is "IMR008" or "IMR208").Select(f => f.Message).ToList();
            if (dateFindings.Count > 0) throw new Xunit.Sdk.XunitException($"{string.Join("; ", dateFindings)} from\n{header}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// A row of labels whose row below holds fewer or more cells gives none of those fields rather than another's value:
    /// which cell is whose cannot be told.
    /// </summary>
    [Theory]
    [InlineData("Date of Injury:      Decision Date:\n03/02/2012")]
    [InlineData("Date of Injury:      Decision Date:\n03/02/2012      08/15/2016      Standard")]
    [InlineData("Date of Injury:\tDecision Date:\tPriority:\n03/02/2012\t08/15/2016")]
    public void A_row_of_labels_over_a_row_of_another_width_gives_none_of_its_values(string header)
    {
        var read = LetterReader.Standard.Read(new SourceFile("letter.txt", WithHeader(header)));
        Assert.Equal((null, null, null), (read.InjuryDate, read.DecisionDate, read.Priority));
    }

    /// <summary>
    /// A cited page carried onto a line of its own at a page break, as pdftotext cuts a citation ("Page(s): 74," / form feed
    /// / "312"), is the citation's, not a page number: it is no page's own number. Only a number that is its page's (the
    /// first page's "1" before the first break, "2" after it) is furniture. Each break in three places: the number last
    /// before the form feed, first after it, and before a "Page 1 of 2" footer. The pages read are the same as with no
    /// break, so IMR002 reports page 312 either way; a review found them lost.
    /// </summary>
    [Theory]
    [InlineData("{0}\n\f{1}")]
    [InlineData("{0}\n{1}\n\f")]
    [InlineData("{0}\n{1}\nPage 1 of 2\n\f")]
    public void A_cited_page_cut_onto_its_own_line_at_a_page_break_stays_the_citations(string cut)
    {
        foreach (var (before, after) in new[] { ("Opioids Page(s): 74,", "312."), ("Opioids Page(s):", "312."), ("Opioids Page(s): 74-96,", "312") })
        {
            string Letter(string guideline) => Head + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.",
                "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines " + guideline);
            var whole = Check(Letter(before + " " + after)).Where(f => f.Id == "IMR002").Select(f => f.Message).ToList();
            var broken = Check(Letter(string.Format(CultureInfo.InvariantCulture, cut, before, after))).Where(f => f.Id == "IMR002").Select(f => f.Message).ToList();
            Assert.Contains(whole, m => m.Contains("312", StringComparison.Ordinal));
            Assert.Equal(whole, broken);
        }
    }

    /// <summary>A header cell's first date is its date, whatever form a later one in the cell takes (a review found the later one read).</summary>
    [Theory]
    [InlineData("Date Assigned: 2-10-16 (received 02/11/2016)", "2016-02-10")]
    [InlineData("Date Assigned: 02/10/2016 (received 2-11-16)", "2016-02-10")]
    [InlineData("Date Assigned: February 10, 2016 (received 02/11/2016)", "2016-02-10")]
    [InlineData("Date Assigned: received 02/11/2016", "2016-02-11")]
    public void A_header_cell_reads_its_first_date(string header, string expected)
        => Assert.Equal(expected, LetterReader.Standard.Read(new SourceFile("letter.txt", WithHeader(header))).AssignedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string WithHeader(string header)
        => header + "\n\n" + Head + Item("Norco 10/325mg #120: Upheld", "Decision rationale: Therefore, the request for Norco 10/325mg #120 is not medically necessary.");

    /// <summary>
    /// A case runs injury, UR denial, application, assignment, decision. The header in that order is clean; two
    /// neighbours swapped give one finding, naming both dates by what they are. (2013 notices date the decision
    /// "Dated:" on a line of its own.)
    /// </summary>
    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, "the date of injury, 2015-02-10, comes after the UR denial date, 2012-03-03: an impossible order")]
    [InlineData(1, "the UR denial date, 2015-02-12, comes after the date the application was received, 2015-02-10: an impossible order")]
    [InlineData(2, "the date the application was received, 2015-02-20, comes after the date assigned, 2015-02-12: an impossible order")]
    [InlineData(3, "the date assigned, 2015-03-30, comes after the decision date, 2015-02-20: an impossible order")]
    public void IMR008_holds_the_dates_of_a_case_to_its_order(int swapped, string? message)
    {
        var labels = new[] { "Date of Injury", "UR Denial Date", "Application Received", "Date Assigned", "Decision Date" };
        var days = new[] { new DateTime(2012, 3, 3), new DateTime(2015, 2, 10), new DateTime(2015, 2, 12), new DateTime(2015, 2, 20), new DateTime(2015, 3, 30) };
        if (swapped >= 0) (days[swapped], days[swapped + 1]) = (days[swapped + 1], days[swapped]);
        // Every way a header writes its dates; "M-d-yy" read as nothing, so no date of such a header was checked.
        foreach (var format in new[] { "MM/dd/yyyy", "M/d/yy", "M-d-yy", "MM-dd-yyyy", "MMMM d, yyyy", "MMM d, yyyy", "yyyy-MM-dd" })
            foreach (var dated in new[] { false, true })
            {
                var dates = days.Select(d => d.ToString(format, CultureInfo.InvariantCulture)).ToArray();
                var lines = labels.Select((label, i) => dated && label == "Decision Date" ? $"Dated: {dates[i]}" : $"{label}: {dates[i]}");
                var findings = Check(WithHeader(string.Join("\n", lines))).Where(f => f.Id == "IMR008").Select(f => f.Message).ToList();
                if (message is null) Assert.Empty(findings);
                else Assert.True(findings.SequenceEqual(new[] { message }), $"{format}: [{string.Join("; ", findings)}]");
            }
    }

    /// <summary>
    /// A header may give any of the five dates and leave out the rest (2013 notices have no date assigned; converted
    /// letters keep a few cells). Each date is held to the next one the header gives: for every set of two or more, the
    /// dates in order are clean, and two neighbours of that set swapped give one IMR008 at the later one's line, naming
    /// both. Before, a pair with a missing date between them ("Application Received" after a 2013 "Dated:") was never
    /// compared.
    /// </summary>
    [Fact]
    public void IMR008_holds_each_date_to_the_next_one_the_header_gives()
    {
        var labels = new[] { "Date of Injury", "UR Denial Date", "Application Received", "Date Assigned", "Decision Date" };
        var names = new[] { "the date of injury", "the UR denial date", "the date the application was received", "the date assigned", "the decision date" };
        var dates = new[] { new DateTime(2012, 3, 3), new DateTime(2015, 2, 10), new DateTime(2015, 2, 12), new DateTime(2015, 2, 20), new DateTime(2015, 3, 30) };
        var failures = new List<string>();
        var cases = 0;
        for (var set = 0; set < 1 << labels.Length; set++)
        {
            var given = Enumerable.Range(0, labels.Length).Where(i => (set >> i & 1) == 1).ToArray();
            if (given.Length < 2) continue;
            for (var swapped = -1; swapped < given.Length - 1; swapped++)
                foreach (var dated in new[] { false, true })
                {
                    cases++;
                    var order = given.ToArray();
                    if (swapped >= 0) (order[swapped], order[swapped + 1]) = (order[swapped + 1], order[swapped]);
                    // Line k of the header holds label given[k] with the date that belongs at order[k].
                    var lines = given.Select((label, k) => (dated && label == 4 ? "Dated" : labels[label]) + ": " + dates[order[k]].ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
                    var findings = Check(WithHeader(string.Join("\n", lines))).Where(f => f.Id == "IMR008").Select(f => $"line {f.Line}: {f.Message}").ToList();
                    var expected = swapped < 0 ? Array.Empty<string>() : new[]
                    {
                        $"line {swapped + 2}: {names[given[swapped]]}, {dates[order[swapped]]:yyyy-MM-dd}, comes after {names[given[swapped + 1]]}, {dates[order[swapped + 1]]:yyyy-MM-dd}: an impossible order",
                    };
                    if (!findings.SequenceEqual(expected))
                        failures.Add($"[{string.Join(" | ", lines)}]: expected [{string.Join("; ", expected)}], found [{string.Join("; ", findings)}]");
                }
        }
        // One date moved past all the others (a wrong year) is out of order with one neighbour only: one finding, however
        // many dates the header leaves out.
        for (var set = 0; set < 1 << labels.Length; set++)
        {
            var given = Enumerable.Range(0, labels.Length).Where(i => (set >> i & 1) == 1).ToArray();
            if (given.Length < 2) continue;
            foreach (var moved in new[] { given[0], given[^1] })
            {
                cases++;
                var wrong = moved == given[0] ? new DateTime(2021, 6, 14) : new DateTime(2009, 6, 14);
                var lines = given.Select(label => labels[label] + ": " + (label == moved ? wrong : dates[label]).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
                var findings = Check(WithHeader(string.Join("\n", lines))).Where(f => f.Id == "IMR008").Select(f => f.Message).ToList();
                if (findings.Count != 1) failures.Add($"[{string.Join(" | ", lines)}]: {findings.Count} findings [{string.Join("; ", findings)}]");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases}:\n" + string.Join("\n", failures.Take(30)));
    }

    [Theory]
    [InlineData("Dated: 11/04/2013", "2013-11-04")]
    [InlineData("  Dated:\t11/04/2013", "2013-11-04")]
    [InlineData("Last updated: 11/04/2013", null)] // "Dated:" ends a word here
    [InlineData("Records dated: 11/04/2013", null)]
    public void A_2013_notice_dates_its_decision_on_a_line_of_its_own(string line, string? decided)
        => Assert.Equal(decided, LetterReader.Standard.Read(new SourceFile("letter.txt", WithHeader(line))).DecisionDate?.ToString("yyyy-MM-dd"));
}
