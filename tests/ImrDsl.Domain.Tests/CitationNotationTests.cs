using ImrDsl.Domain.Letters;
using ImrDsl.Runtime;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Domain.Tests;

/// <summary>
/// The many ways letters write one citation: the guideline named with its year or state, the topic before or after
/// it, and the pages behind any of the markers and lead words writers use. Each way must yield the same guideline,
/// topic and pages, in both eras' layouts and both spacings, so that IMR002 checks the pages and IMR007 stays silent.
/// </summary>
public class CitationNotationTests
{
    private static readonly string[] MtusNames =
    {
        "MTUS Chronic Pain Medical Treatment Guidelines",
        "MTUS 2009 Chronic Pain Medical Treatment Guidelines",
        "2009 MTUS Chronic Pain Medical Treatment Guidelines",
        "MTUS (2009) Chronic Pain Medical Treatment Guidelines",
        "California MTUS Chronic Pain Medical Treatment Guidelines",
        "CA MTUS 2009 Chronic Pain Medical Treatment Guidelines",
        "Cal. MTUS Chronic Pain Treatment Guidelines",
        "the California MTUS Chronic Pain Treatment Guidelines",
        "MTUS Chronic Pain Medical Treatment Guidelines 7/18/2009",
        "MTUS Chronic Pain Medical Treatment Guidelines, effective July 18, 2009",
        // The regulation that adopts the guideline, after its name: bare, in brackets, or open-ended ("et seq.").
        "MTUS Chronic Pain Medical Treatment Guidelines (8 C.C.R. 9792.20 - 9792.26)",
        "MTUS Chronic Pain Medical Treatment Guidelines, 8 C.C.R. 9792.20-9792.26",
        "MTUS Chronic Pain Medical Treatment Guidelines (8 CCR 9792.20 et seq.)",
        "MTUS Chronic Pain Medical Treatment Guidelines (California Code of Regulations, Title 8, Section 9792.24.2)",
        // ... or between the MTUS and the guideline it adopts, with the date the schedule took effect.
        "MTUS (8 C.C.R. \u00A79792.24.2), Chronic Pain Medical Treatment Guidelines",
        "MTUS (California Code of Regulations, Title 8, Section 9792.24.2) Chronic Pain Medical Treatment Guidelines",
        "8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Chronic Pain Medical Treatment Guidelines",
        "8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009)",
    };

    /// <summary>Each notation, with {G} for the guideline's name, {T} for the topic and {P} for the pages.</summary>
    private static readonly string[] Notations =
    {
        "{G}, {T}, pages {P}",
        "{G} {T} Page(s): {P}",
        "{G}, {T} on pages {P}",
        "{G}, {T} at pp. {P}",
        "{G}, {T}, page no. {P}",
        "{G}, {T} Pg(s): {P}",
        "{G}, {T} p.p. {P}",
        "{G}, {T}, Page #{P}",
        "{G} ({T}, pages {P})",
        "{G}, {T} (see pages {P})",
        "{T}, {G}, Page(s): {P}",
        "{G}, {T}, pps. {P}",
        "{G}, {T} [pages {P}]",
        "{G}: {T} [p. {P}]",
    };

    private static string Cite(string notation, string guideline, string topic, string pages)
        => notation.Replace("{G}", guideline).Replace("{T}", topic).Replace("{P}", pages) + ".";

    /// <summary>A one-item Upheld letter whose reviewer cites <paramref name="cited"/>: the typed letter and its findings' IDs.</summary>
    private static (Determination Model, List<string> Ids) ReadCited(string cited, bool doubleSpaced, string era = "headed")
    {
        var rationale = "No functional benefit is documented. The request for Norco 10/325mg #120 is not medically necessary.";
        var text = LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem(era, "Norco 10/325mg #120", "Upheld", cited, rationale));
        var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
        return (model, ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id).ToList());
    }

    /// <summary>The name of the catalogue that knows a citation's guideline, or null.</summary>
    private static string? CatalogueOf(Citation citation) => Guidelines.Context.Catalogues.Find(citation.Guideline)?.Name;

    /// <summary>
    /// Every name of the MTUS with every notation: the topic is read alone and known (no IMR007), the pages are read,
    /// and IMR002 fires for pages outside the topic's and stays silent for its own.
    /// </summary>
    [Fact]
    public void Every_guideline_name_and_page_notation_reads_as_the_same_citation()
    {
        var failures = new List<string>();
        foreach (var name in MtusNames)
            foreach (var notation in Notations)
                foreach (var (pages, wrong) in new[] { ("120-121", true), ("74-96", false) })
                    foreach (var era in LetterLayouts.Eras)
                        foreach (var doubleSpaced in new[] { false, true })
                        {
                            var cited = Cite(notation, name, "Opioids", pages);
                            var (model, ids) = ReadCited(cited, doubleSpaced, era);
                            var what = $"{era}, {(doubleSpaced ? "PDF text" : "single spaced")}: {cited}";
                            if (model.Items.Count != 1 || model.Items[0].Citations.Count != 1) { failures.Add($"{what}: {model.Items.Count} items, {model.Items.FirstOrDefault()?.Citations.Count} citations"); continue; }
                            var citation = model.Items[0].Citations[0];
                            var expected = wrong ? new[] { "IMR002" } : Array.Empty<string>();
                            if (citation.Topic != "Opioids" || CatalogueOf(citation) != "MtusChronicPain2009"
                                || citation.Pages.Count == 0 || citation.Pages[0].From != int.Parse(pages.Split('-')[0]) || !ids.SequenceEqual(expected))
                                failures.Add($"{what}: guideline '{citation.Guideline}', topic '{citation.Topic}', pages {PageRange.Describe(citation.Pages)}, findings [{string.Join(", ", ids)}]");
                        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {MtusNames.Length * Notations.Length * 8} letters misread:\n" + string.Join("\n", failures.Take(30)));
    }

    /// <summary>
    /// A list of pages joined any way writers join them: every page is read, so a wrong page anywhere in the list is
    /// IMR002 and a list of right ones is clean. Page 0, a placeholder some letters print, is a page no topic has. Each
    /// page may carry the guideline's total ("78 of 127, 112 of 127"): a probe's pages after a total went unread.
    /// </summary>
    [Fact]
    public void Every_page_of_a_list_is_read_whatever_joins_them()
    {
        var failures = new List<string>();
        foreach (var total in new[] { "", " of 127" })
        foreach (var joiner in new[] { ", ", ",", " & ", "&", " and ", ", and ", "; ", " " })
            foreach (var (first, second, wrong) in new[] { ("76-80", "86", false), ("76-80", "120", true), ("120", "78", true), ("0", "78", true), ("78", "0", true) })
                foreach (var doubleSpaced in new[] { false, true })
                {
                    // After a total, a number joined by a space alone is no page ("78 of 127 2009").
                    if (total.Length > 0 && joiner == " ") continue;
                    var cited = $"MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): {first}{total}{joiner}{second}{total}.";
                    var (model, ids) = ReadCited(cited, doubleSpaced);
                    var citation = Assert.Single(Assert.Single(model.Items).Citations);
                    var pages = PageRange.Describe(citation.Pages);
                    var expectedPages = PageRange.Describe(new[] { Range(first), Range(second) });
                    var expectedIds = wrong ? new[] { "IMR002" } : Array.Empty<string>();
                    if (citation.Topic != "Opioids" || pages != expectedPages || !ids.SequenceEqual(expectedIds))
                        failures.Add($"{(doubleSpaced ? "PDF text" : "single spaced")}: {cited}: topic '{citation.Topic}', pages {pages}, findings [{string.Join(", ", ids)}]");
                }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        static PageRange Range(string pages) => pages.Split('-') is var parts && parts.Length == 2
            ? new PageRange(int.Parse(parts[0]), int.Parse(parts[1])) : new PageRange(int.Parse(pages), int.Parse(pages));
    }

    /// <summary>
    /// Pages with the guideline's total and no page word ("Opioids 97-99 of 127") are pages: a probe's were read as part of
    /// the topic's name (IMR007), so a wrong page went unchecked. A total too small to be a guideline's names no pages.
    /// </summary>
    [Theory]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, Opioids 97-99 of 127.", "Opioids", true)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, Opioids 78-80 of 127.", "Opioids", false)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, Opioids 78, 80 of 127", "Opioids", false)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, Opioids, 112 of 127.", "Opioids", true)]
    public void Pages_with_a_total_and_no_page_word_are_pages(string cited, string topic, bool wrong)
    {
        foreach (var doubleSpaced in new[] { false, true })
        {
            var (model, ids) = ReadCited(cited, doubleSpaced);
            var citation = Assert.Single(Assert.Single(model.Items).Citations);
            Assert.Equal(topic, citation.Topic);
            Assert.NotEmpty(citation.Pages);
            Assert.Equal(wrong ? new[] { "IMR002" } : Array.Empty<string>(), ids);
        }
    }

    /// <summary>A number of another count before a total is no page: "Step 2 of 20", "Chapter 12 of 25" (a review's).</summary>
    [Theory]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, Step 2 of 20.")]
    [InlineData("ACOEM Practice Guidelines, Chapter 12 of 25.")]
    public void A_count_of_another_thing_before_a_total_is_no_page(string cited)
    {
        foreach (var doubleSpaced in new[] { false, true })
        {
            var (model, ids) = ReadCited(cited, doubleSpaced);
            Assert.All(Assert.Single(model.Items).Citations, c => Assert.Empty(c.Pages));
            Assert.DoesNotContain("IMR002", ids);
        }
    }

    /// <summary>
    /// After a page's total, a number that a word follows is no page: two citations joined by a comma ("... Page(s): 41-42
    /// of 127, 8 C.C.R. 9792.20 ...") read the next one's "8" as a cited page (a review's letter).
    /// </summary>
    [Fact]
    public void A_legal_reference_after_a_pages_total_is_no_page()
    {
        foreach (var doubleSpaced in new[] { false, true })
        {
            var (model, ids) = ReadCited("8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Cyclobenzaprine (Flexeril) Page(s): 41-42 of 127, "
                                         + "8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Muscle relaxants (for pain) Page(s): 63-66 of 127.", doubleSpaced);
            Assert.DoesNotContain("IMR002", ids);
            Assert.DoesNotContain(Assert.Single(model.Items).Citations, c => c.Pages.Any(p => p.From == 8));
        }
    }

    /// <summary>
    /// A second guideline after the first one's pages, joined any way: it is a citation of its own guideline, with pages
    /// or without (ODG's chapters have none), and the topics after it share it. Read as the first guideline's topic, an
    /// ACOEM chapter drew IMR007 and IMR002 against the MTUS's page count, and an ODG chapter was dropped.
    /// </summary>
    [Fact]
    public void A_further_guideline_after_the_first_ones_pages_is_cited_as_itself()
    {
        var further = new (string Text, string Catalogue, string Topic, bool Wrong)[]
        {
            ("ACOEM Practice Guidelines, Chapter 12, page 303", "Acoem2004", "Chapter 12", false),
            ("ACOEM, Low Back Complaints, pp. 120-121", "Acoem2004", "Low Back Complaints", true),
            ("ODG Pain Chapter", "Odg", "Pain Chapter", false),
            ("Non-MTUS Official Disability Guidelines (ODG), Pain Chapter", "Odg", "Pain Chapter", false),
            ("Non-MTUS Citation ODG-TWC, Low Back Chapter", "Odg", "Low Back Chapter", false),
        };
        var failures = new List<string>();
        foreach (var joiner in new[] { "; ", ", and ", ". ", " and " })
            foreach (var (second, catalogue, topic, wrong) in further)
                foreach (var doubleSpaced in new[] { false, true })
                {
                    var cited = $"MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 78-80{joiner}{second}.";
                    var (model, ids) = ReadCited(cited, doubleSpaced);
                    var citations = Assert.Single(model.Items).Citations;
                    var read = string.Join(" | ", citations.Select(c => $"{CatalogueOf(c) ?? c.Guideline}: '{c.Topic}' {PageRange.Describe(c.Pages)}"));
                    if (citations.Count != 2 || CatalogueOf(citations[0]) != "MtusChronicPain2009" || citations[0].Topic != "Opioids"
                        || CatalogueOf(citations[1]) != catalogue || citations[1].Topic != topic
                        || !ids.SequenceEqual(wrong ? new[] { "IMR002" } : Array.Empty<string>()))
                        failures.Add($"{(doubleSpaced ? "PDF text" : "single spaced")}: {cited}: {read}; findings [{string.Join(", ", ids)}]");
                }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// A guideline line whose first citation has no "Decision based on" and a further guideline has one ("MTUS ... Opioids
    /// Page(s): 97-99. Decision based on Non-MTUS Citation ODG, Pain Chapter."): the first is a citation too, and its
    /// pages are checked. Before, only the text after the marker was read, so a wrong page went unreported (probe85).
    /// Words before the marker that name no guideline ("See below.") cite nothing.
    /// </summary>
    [Fact]
    public void A_citation_before_the_first_decision_based_on_is_read()
    {
        var firsts = new (string Text, string Catalogue, string Topic, string Right, string Wrong)[]
        {
            ("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): {P}", "MtusChronicPain2009", "Opioids", "78-80", "97-99"),
            ("California MTUS Chronic Pain Medical Treatment Guidelines (2009), Tramadol, page {P}", "MtusChronicPain2009", "Tramadol", "113", "117"),
            ("ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pages {P}", "Acoem2004", "Chapter 12 Low Back Complaints", "303-304", "120-121"),
        };
        var furthers = new[] { "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter.", "Decision based on ODG Pain Chapter." };
        var failures = new List<string>();
        foreach (var (first, catalogue, topic, right, wrong) in firsts)
            foreach (var further in furthers)
                foreach (var pages in new[] { right, wrong })
                    foreach (var doubleSpaced in new[] { false, true })
                    {
                        var line = $"MAXIMUS guideline: {first.Replace("{P}", pages)}. {further}";
                        var (model, ids) = ReadLine(line, doubleSpaced);
                        var citations = model.Items[0].Citations;
                        var expected = pages == wrong ? new[] { "IMR002" } : Array.Empty<string>();
                        if (citations.Count != 2 || CatalogueOf(citations[0]) != catalogue || citations[0].Topic != topic || CatalogueOf(citations[1]) != "Odg"
                            || !ids.SequenceEqual(expected))
                            failures.Add($"{(doubleSpaced ? "PDF text" : "single spaced")}: {line}: "
                                + string.Join(" | ", citations.Select(c => $"{CatalogueOf(c) ?? c.Guideline}: '{c.Topic}' {PageRange.Describe(c.Pages)}")) + $"; findings [{string.Join(", ", ids)}]");
                    }
        foreach (var opening in new[] { "See below.", "As follows:", "N/A." })
        {
            var (model, ids) = ReadLine($"MAXIMUS guideline: {opening} Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 78-80.", false);
            if (model.Items[0].Citations.Count != 1 || ids.Count != 0) failures.Add($"'{opening}' before the marker: {model.Items[0].Citations.Count} citations, findings [{string.Join(", ", ids)}]");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        static (Determination Model, List<string> Ids) ReadLine(string guidelineLine, bool doubleSpaced)
        {
            var text = LetterLayouts.Letter(doubleSpaced, new[]
            {
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "Norco 10/325mg #120: Upheld" },
                new[] { guidelineLine },
                new[] { "Decision rationale: No functional benefit is documented. The request for Norco 10/325mg #120 is not medically necessary." },
            });
            var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
            return (model, ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id).ToList());
        }
    }

    /// <summary>
    /// The MTUS named first, with its regulation or the date it took effect, then the guideline it adopts: the adopted
    /// guideline is the one cited. A probe's "8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) ACOEM Practice
    /// Guidelines, ..., Chapter 12 Low Back Complaints, pages 303-304" was checked against the Chronic Pain guideline's
    /// 127 pages (IMR002 and IMR007), and "MTUS (8 C.C.R. §9792.24.2), Chronic Pain Medical Treatment Guidelines TENS"
    /// read the regulation as the topic, so a wrong page went unchecked.
    /// </summary>
    [Theory]
    [InlineData("8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pages 303-304", "Acoem2004", false)]
    [InlineData("8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pages 120-121", "Acoem2004", true)]
    [InlineData("MTUS (Effective July 18, 2009), ACOEM, Low Back Complaints, page 303", "Acoem2004", false)]
    [InlineData("MTUS (8 C.C.R. \u00A79792.23.5) ACOEM Practice Guidelines, Chapter 12 Low Back Complaints, pages 303-304", "Acoem2004", false)]
    [InlineData("MTUS (8 C.C.R. \u00A79792.24.2), Chronic Pain Medical Treatment Guidelines Transcutaneous electrotherapy (TENS) Page(s): 114-116", "MtusChronicPain2009", false)]
    [InlineData("MTUS (8 C.C.R. \u00A79792.24.2), Chronic Pain Medical Treatment Guidelines Transcutaneous electrotherapy (TENS) Page(s): 46", "MtusChronicPain2009", true)]
    [InlineData("MTUS (Effective July 18, 2009) Transcutaneous electrotherapy (TENS) Page(s): 114-116 of 127", "MtusChronicPain2009", false)]
    public void The_guideline_the_mtus_adopts_is_the_one_cited(string cited, string catalogue, bool wrongPages)
    {
        foreach (var era in LetterLayouts.Eras)
            foreach (var doubleSpaced in new[] { false, true })
            {
                var (model, ids) = ReadCited(cited + ".", doubleSpaced, era);
                var citation = Assert.Single(Assert.Single(model.Items).Citations);
                Assert.Equal(catalogue, CatalogueOf(citation));
                Assert.Equal(wrongPages ? new[] { "IMR002" } : Array.Empty<string>(), ids);
            }
    }

    /// <summary>
    /// ACOEM chapters abbreviated the ways letters do, or numbered in roman numerals, are the catalogue's chapters, after
    /// any way of naming ACOEM. A probe's "Chapter XII Low Back Complaints" was an unknown topic whose pages went unchecked.
    /// </summary>
    [Fact]
    public void An_abbreviated_acoem_chapter_is_the_catalogues_chapter()
    {
        var failures = new List<string>();
        foreach (var guideline in new[] { "ACOEM", "ACOEM 2nd ed.,", "MTUS ACOEM Practice Guidelines, 2nd Edition (2004),", "ACOEM 2004,", "CA MTUS ACOEM Guidelines," })
            foreach (var chapter in new[]
                     {
                         "Chapter 13 Knee Complaints", "Ch. 13 Knee Complaints", "Chap. 13 Knee Complaints", "Chapt. 13", "Ch 13", "ch. 13: Knee Complaints",
                         "Chapter XIII Knee Complaints", "Ch. XIII Knee Complaints", "chapter xiii: Knee Complaints", "Chapter XIII",
                     })
            {
                var cited = $"{guideline} {chapter}, pp. 303-305";
                var text = LetterLayouts.Letter(false, LetterLayouts.OneItem("headed", "MRI of the right knee", "Upheld", cited + ".", "The exam is normal. The request is not medically necessary."));
                var model = LetterReader.Standard.Read(new SourceFile("letter.txt", text));
                var citation = Assert.Single(Assert.Single(model.Items).Citations);
                var topics = Guidelines.Context.Catalogues.Find(citation.Guideline)?.ResolveTopics(citation.Topic ?? "");
                var ids = ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id).ToList();
                if (topics is not { Count: 1 } || !topics[0].Title.Contains("Knee", StringComparison.Ordinal) || !ids.SequenceEqual(new[] { "IMR002" }))
                    failures.Add($"{cited}: topic '{citation.Topic}' resolves to [{string.Join(", ", topics?.Select(t => t.Title) ?? Array.Empty<string>())}], findings [{string.Join(", ", ids)}]");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Words that say where in the guideline a topic stands ("section on", "the chapter on", "Opioids section") are not its
    /// name: the topic is known and its pages are checked. Before, each was an unknown topic (IMR007) whose pages went
    /// unchecked. Chapters that are topics by name ("Chapter 12", "Low Back Chapter") keep theirs.
    /// </summary>
    [Theory]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines section on Opioids Page(s): 74-96", null)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines section on\nOpioids Page(s): 74-96", null)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, the section on Opioids, page 80", null)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, chapter\non Opioids, Page(s): 74-96", null)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines Opioids section Page(s): 74-96", null)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines, Sections: Opioids, page 80", null)]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines section on Opioids Page(s): 30", "IMR002")]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines Opioids section Page(s): 30", "IMR002")]
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines section on Opiods Page(s): 80", "IMR007")]
    // Taken off once: a topic of many such words costs one more search, not one for each (it took seconds).
    [InlineData("MTUS Chronic Pain Medical Treatment Guidelines section on section on Opioids Page(s): 80", "IMR007")]
    [InlineData("ACOEM Practice Guidelines, Chapter 12 Low Back Complaints, pp. 303-305", null)]
    [InlineData("ODG, Low Back Chapter, Lumbar supports", null)]
    public void Words_that_place_a_topic_are_not_its_name(string cited, string? expected)
        => AssertOnlyFinding(cited, expected);

    /// <summary>
    /// The reviewer's citation <paramref name="cited"/> on a Norco item, in single-spaced and PDF-spaced letters, gives
    /// only the finding <paramref name="expected"/> (none when null).
    /// </summary>
    private static void AssertOnlyFinding(string cited, string? expected)
    {
        foreach (var doubleSpaced in new[] { false, true })
        {
            var text = LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem("headed", "Norco 10/325mg #120", "Upheld",
                cited + ".", "No benefit is documented. The request for Norco 10/325mg #120 is not medically necessary."));
            var ids = ImrValidation.Validate(LetterReader.Standard.Read(new SourceFile("letter.txt", text)), Guidelines.Context).Select(f => f.Id);
            Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, ids);
        }
    }

    /// <summary>
    /// The parts of the MTUS's opioid criteria that letters cite by their own headings ("When to Discontinue Opioids") are
    /// topics of the catalogue: cited at their pages, nothing is reported; cited elsewhere, IMR002 says where they are.
    /// Before, each was an unknown topic (IMR007) whose pages went unchecked.
    /// </summary>
    [Theory]
    [InlineData("Opioids, criteria for use, When to Discontinue Opioids, page 79", null)]
    [InlineData("When to Discontinue Opioids Page(s): 79-80", null)]
    [InlineData("When to Continue Opioids, page 80", null)]
    [InlineData("Opioids for neuropathic pain, page 82", null)]
    [InlineData("When to Discontinue Opioids, page 30", "IMR002")]
    [InlineData("When to Continue Opioids, page 76", "IMR002")]
    [InlineData("Opioids for neuropathic pain, pages 60-61", "IMR002")]
    public void The_opioid_criteria_letters_cite_by_heading_are_known(string cited, string? expected)
        => AssertOnlyFinding("MTUS Chronic Pain Medical Treatment Guidelines, " + cited, expected);

    /// <summary>
    /// An ODG chapter with "and" or "&amp;" in its name, with or without the word "Chapter", followed by the subject within
    /// it: the chapter is the catalogue's, so no IMR007. A probe's letters citing the chapters beyond the six most cited
    /// (elbow, hip, hand, head ...) each got an IMR007.
    /// </summary>
    [Theory]
    [InlineData("Neck and Upper Back Chapter, Facet joint injections")]
    [InlineData("Mental Illness & Stress Chapter, Psychotherapy")]
    [InlineData("Mental Illness and Stress Chapter; Cognitive therapy")]
    [InlineData("Pain (Chronic) Chapter, Opioids")]
    [InlineData("Low Back - Lumbar & Thoracic (Acute & Chronic) Chapter, MRI")]
    [InlineData("Knee & Leg (Acute & Chronic), Arthroscopy")]
    // The chapters beyond the six most cited, as a probe's letters cited them.
    [InlineData("Elbow Chapter, Platelet-rich plasma (PRP)")]
    [InlineData("Hip & Pelvis Chapter, Sacroiliac joint blocks")]
    [InlineData("Forearm, Wrist & Hand Chapter, Diagnostic arthroscopy")]
    [InlineData("Ankle & Foot (Acute & Chronic), Orthotic devices")]
    [InlineData("Head Chapter, Greater occipital nerve block (GONB)")]
    [InlineData("Carpal Tunnel Syndrome Chapter, Carpal tunnel release surgery (CTR)")]
    [InlineData("Fitness for Duty Chapter, Functional capacity evaluation (FCE)")]
    [InlineData("Head (trauma, headaches, etc., not including stress & mental disorders), Botox")]
    [InlineData("Traumatic Brain Injury (TBI) Chapter, Cognitive rehabilitation")]
    public void An_odg_chapter_with_a_subject_is_known(string chapter)
    {
        var cited = $"Non-MTUS Citation Official Disability Guidelines (ODG), {chapter}.";
        foreach (var doubleSpaced in new[] { false, true })
        {
            var text = LetterLayouts.Letter(doubleSpaced, LetterLayouts.OneItem("headed", "Physical therapy, 12 sessions", "Upheld", cited,
                "The worker has completed 24 visits. The request for physical therapy, 12 sessions is not medically necessary."));
            Assert.Empty(ImrValidation.Validate(LetterReader.Standard.Read(new SourceFile("letter.txt", text)), Guidelines.Context).Select(f => $"{f.Id} {f.Message}"));
        }
    }

    /// <summary>A placeholder where the reviewer's citation belongs cites nothing: IMR006, whatever the placeholder says.</summary>
    [Theory]
    [InlineData("None.")]
    [InlineData("N/A")]
    [InlineData("TBD")]
    [InlineData("See above.")]
    [InlineData("Not applicable.")]
    [InlineData("To be determined")]
    public void A_placeholder_on_the_guideline_line_is_no_citation(string placeholder)
    {
        foreach (var doubleSpaced in new[] { false, true })
        {
            var items = new[]
            {
                new[] { "IMR ISSUES, DECISIONS AND RATIONALES" },
                new[] { "Norco 10/325mg #120: Upheld" },
                new[] { "Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96." },
                new[] { $"MAXIMUS guideline: {placeholder}" },
                new[] { "Decision rationale: No functional benefit is documented. The request for Norco 10/325mg #120 is not medically necessary." },
            };
            var model = LetterReader.Standard.Read(new SourceFile("letter.txt", LetterLayouts.Letter(doubleSpaced, items)));
            Assert.Equal(new CitationSource?[] { CitationSource.ClaimsAdministrator }, Assert.Single(model.Items).Citations.Select(c => c.Source));
            Assert.Equal(new[] { "IMR006" }, ImrValidation.Validate(model, Guidelines.Context).Select(f => f.Id));
        }
    }
}
