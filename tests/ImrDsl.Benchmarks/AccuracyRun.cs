using System.Globalization;
using System.Text;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Benchmarks;

/// <summary>
/// Recall and precision of the checker on generated letters with planted defects:
/// <c>dotnet run -c Release --project tests/ImrDsl.Benchmarks -- accuracy [letters] [seed]</c>.
/// The generator varies what real letters vary (era and layout, wrap width, spacing, page breaks, typography, how
/// guidelines, topics and pages are written, how conclusions are phrased, caveats and quoted guideline text after or
/// inside the conclusion) and plants IMR001 (no rationale, or a placeholder), IMR002 (a page outside the topic or past
/// the guideline's end), IMR003 (a conclusion that contradicts the outcome) and topics no catalogue knows (IMR007).
/// Every letter's expected findings are known, so each finding is a true or a false alarm, and each miss is counted.
/// </summary>
public static class AccuracyRun
{
    private sealed record Topic(string[] Names, int From, int To);

    // Topics as letters spell them (catalogue titles and the variants letters use), with pages that hold them.
    private static readonly Topic[] Topics =
    {
        new(new[] { "Muscle relaxants (for pain)", "Muscle Relaxants", "muscle relaxants", "Muscle relaxants (for pain)" }, 63, 66),
        new(new[] { "Opioids", "Opioids, criteria for use", "Opioids, on-going management" }, 78, 80),
        new(new[] { "Cyclobenzaprine (Flexeril)", "Cyclobenzaprine", "Flexeril" }, 41, 42),
        new(new[] { "Lidoderm (lidocaine patch)", "Lidoderm", "Lidocaine patch" }, 56, 57),
        new(new[] { "NSAIDs (non-steroidal anti-inflammatory drugs)", "NSAIDs", "NSAIDs (non-steroidal anti-inflammatory drugs)" }, 67, 68),
        new(new[] { "Antidepressants for chronic pain", "Antidepressants" }, 13, 16),
        new(new[] { "Spinal cord stimulators (SCS)", "Spinal cord stimulators" }, 105, 107),
        new(new[] { "Transcutaneous electrotherapy (TENS)", "TENS" }, 114, 116),
        new(new[] { "Physical medicine", "Physical Medicine" }, 98, 99),
        new(new[] { "Tramadol (Ultram)", "Tramadol" }, 113, 113),
        new(new[] { "Gabapentin (Neurontin)", "Gabapentin" }, 18, 19),
        new(new[] { "Topical analgesics", "Topical Analgesics" }, 111, 113),
    };

    private static readonly string[] UnknownTopics = { "Magnet therapy", "Moon therapy", "Cranial electrotherapy wands", "Sound bath sessions", "Gemstone massage" };

    private static readonly (string Service, int Topic)[] Services =
    {
        ("Cyclobenzaprine 7.5mg #90", 0), ("Norco 10/325mg #120", 1), ("Flexeril 10mg #60", 2), ("Lidoderm 5% patch #30", 3),
        ("Naproxen 550mg #60", 4), ("Amitriptyline 25mg #30", 5), ("Spinal cord stimulator trial", 6), ("TENS unit rental, 30 days", 7),
        ("Physical therapy 2 times a week for 6 weeks, lumbar spine", 8), ("Tramadol ER 150mg #30", 9), ("Gabapentin 600mg #90", 10),
        ("Retrospective request for Lidoderm (lidocaine patch) 5% #30 with 2 refills", 3), ("Terocin lotion 120ml", 11),
    };

    private static readonly string[] Guidelines = { "MTUS Chronic Pain Treatment Guidelines", "MTUS Chronic Pain Medical Treatment Guidelines", "Chronic Pain Medical Treatment Guidelines", "CA MTUS Chronic Pain Medical Treatment Guidelines" };

    private static readonly string[] NotNecessary =
    {
        "is not medically necessary", "is not medically necessary and appropriate", "is not deemed medically necessary", "cannot be recommended as medically necessary",
        "is not, at this time, medically necessary", "is not certified", "is non-certified", "is not considered medically necessary", "is not medically reasonable and necessary",
        "is not warranted", "is not recommended", "is notmedically necessary",
    };

    private static readonly string[] Necessary =
    {
        "is medically necessary", "is medically necessary and appropriate", "is medically reasonable and necessary", "is deemed medically necessary",
        "is certified", "is considered medically necessary", "is warranted", "is recommended", "is medically appropriate",
    };

    private static readonly string[] Caveats =
    {
        "Should the provider document functional improvement, a new request may be considered.", "However, a weaning program is recommended.",
        "If symptoms worsen, a new request may be submitted.", "Weaning is recommended to avoid withdrawal.",
    };

    private sealed class Expected
    {
        public readonly List<(string Rule, string Item)> Findings = new();
    }

    public static int Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2026;
        var random = new Random(seed);
        var reader = LetterReader.Standard;
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var examples = new Dictionary<string, string>();
        for (var n = 0; n < count; n++)
        {
            var expected = new Expected();
            var text = Letter(random, expected, n);
            var model = reader.Read(new SourceFile($"generated-{n}.txt", text));
            var actual = ImrValidation.Validate(model, Imr.Std.Guidelines.Context).Select(f => (f.Id, Item: f.Item ?? "")).ToList();
            var wanted = expected.Findings.ToList();
            foreach (var finding in actual)
            {
                var match = wanted.FindIndex(w => w.Rule == finding.Id && (finding.Item.Length == 0 || w.Item == finding.Item));
                var c = counts.GetValueOrDefault(finding.Id);
                if (match >= 0) { wanted.RemoveAt(match); counts[finding.Id] = (c.Tp + 1, c.Fp, c.Fn); }
                else
                {
                    counts[finding.Id] = (c.Tp, c.Fp + 1, c.Fn);
                    examples.TryAdd("false " + finding.Id, text);
                }
            }
            foreach (var missed in wanted)
            {
                var c = counts.GetValueOrDefault(missed.Rule);
                counts[missed.Rule] = (c.Tp, c.Fp, c.Fn + 1);
                examples.TryAdd("missed " + missed.Rule, text);
            }
        }

        Console.WriteLine($"{count} generated letters, seed {seed}");
        Console.WriteLine("rule     planted  found  false alarms  missed   recall  precision");
        foreach (var (rule, (tp, fp, fn)) in counts)
        {
            var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            Console.WriteLine($"{rule}  {tp + fn,8} {tp + fp,6} {fp,13} {fn,7}  {recall,7:P2}  {precision,9:P2}");
        }
        var dump = Environment.GetEnvironmentVariable("IMR_ACCURACY_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            foreach (var (name, text) in examples) File.WriteAllText(Path.Combine(dump, name.Replace(' ', '-') + ".txt"), text);
        }
        return 0;
    }

    // ---- one letter ------------------------------------------------------------------------------------

    private enum Era { Numbered2013, Headings2015, Ccr2017, Converted }

    private static string Letter(Random random, Expected expected, int n)
    {
        var era = (Era)random.Next(4);
        var caseNumber = $"CM{13 + random.Next(7):D2}-{random.Next(10_000_000):D7}";
        var injury = new DateTime(2005 + random.Next(8), 1 + random.Next(12), 1 + random.Next(28));
        var decision = new DateTime(2013 + random.Next(7), 1 + random.Next(12), 1 + random.Next(28));
        var paragraphs = new List<string>();
        var converted = era == Era.Converted;
        string Heading(string text) => converted ? "### " + text : text;
        string Label(string label) => converted ? $"**{label}**" : label;

        var itemCount = 1 + random.Next(4);
        var chosen = Enumerable.Range(0, Services.Length).OrderBy(_ => random.Next()).Take(itemCount).ToList();
        var items = chosen.Select(i => (Services[i].Service, Topic: Topics[Services[i].Topic], Upheld: random.Next(2) == 0)).ToList();

        if (era == Era.Numbered2013)
        {
            paragraphs.Add("Notice of Independent Medical Review Determination");
            paragraphs.Add($"IMR Case Number: {caseNumber}    Date of Injury: {injury:MM/dd/yyyy}");
            for (var i = 0; i < items.Count; i++)
                paragraphs.Add($"{i + 1}) MAXIMUS Federal Services, Inc. has determined the request for {items[i].Service} {(items[i].Upheld ? "is not medically necessary and appropriate" : "is medically necessary and appropriate")}.");
        }
        else if (converted)
        {
            paragraphs.Add($"<b>Case Number:</b>\t{caseNumber}\t\t");
            paragraphs.Add($"<b>Date of Injury:</b>\t{injury:MM/dd/yyyy}\t<b>Decision Date:</b>\t{decision:MM/dd/yyyy}");
        }
        else
        {
            paragraphs.Add($"Case Number: {caseNumber}    Date of Injury: {injury:MM/dd/yyyy}");
            paragraphs.Add($"Decision Date: {decision:MM/dd/yyyy}    Priority: Standard");
        }
        paragraphs.Add(Heading("HOW THE IMR FINAL DETERMINATION WAS MADE"));
        paragraphs.Add("MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert reviewer is Board Certified in Family Medicine and is licensed to practice in California.");
        paragraphs.Add(Heading("CLINICAL CASE SUMMARY"));
        paragraphs.Add("The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:");
        paragraphs.Add($"The injured worker is a {25 + random.Next(40)} year old {(random.Next(2) == 0 ? "male" : "female")}, who sustained an industrial injury on {injury.Month}/{injury.Day}/{injury.Year}. The worker has chronic pain and has tried medications and therapy.");
        paragraphs.Add(Heading("IMR ISSUES, DECISIONS AND RATIONALES"));
        paragraphs.Add("The Final Determination was based on decisions for the disputed items/services set forth below:");

        for (var i = 0; i < items.Count; i++)
        {
            var (service, topic, upheld) = items[i];
            if (era == Era.Numbered2013) paragraphs.Add($"{i + 1}) Regarding the request for {service}:");
            else paragraphs.Add(converted ? $"#### **{service}: {(upheld ? "Upheld" : "Overturned")}**" : $"{service}: {(upheld ? "Upheld" : "Overturned")}");

            // Citations: the claims administrator's is always right; the reviewer's may plant IMR002 or IMR007.
            var plant = random.Next(20);
            var reviewerTopic = topic.Names[random.Next(topic.Names.Length)];
            int from = topic.From, to = topic.To;
            if (plant == 0) { from = to = PageOutside(topic, random); expected.Findings.Add(("IMR002", service)); }
            else if (plant == 1) { from = to = 130 + random.Next(60); expected.Findings.Add(("IMR002", service)); }
            else if (plant == 2) { reviewerTopic = UnknownTopics[random.Next(UnknownTopics.Length)]; expected.Findings.Add(("IMR007", service)); }
            paragraphs.Add(Citation(random, era, Label, "claims", topic.Names[0], topic.From, topic.To));
            paragraphs.Add(Citation(random, era, Label, "reviewer", reviewerTopic, from, to));

            // The rationale: missing or a placeholder (IMR001), contradicting (IMR003), or sound.
            var defect = random.Next(20);
            var rationaleLabel = era == Era.Numbered2013 ? "Rationale for the Decision:" : Label("Decision rationale:");
            if (defect == 0)
            {
                paragraphs.Add(rationaleLabel + " " + new[] { "See above.", "N/A", "TBD", "", "Same as above." }[random.Next(5)]);
                expected.Findings.Add(("IMR001", service));
                continue;
            }
            var concludesUpheld = defect == 1 ? !upheld : upheld;
            if (defect == 1) expected.Findings.Add(("IMR003", service));
            var phrase = concludesUpheld ? NotNecessary[random.Next(NotNecessary.Length)] : Necessary[random.Next(Necessary.Length)];
            var body = new StringBuilder();
            body.Append("The records were reviewed. ");
            if (random.Next(3) == 0)
                body.Append($"The guidelines state \"{(concludesUpheld ? "this treatment is recommended for acute flares" : "long-term use is not recommended")}.\" ");
            body.Append(concludesUpheld ? "The records do not document functional improvement or a trial of first-line therapy. " : "The records document functional improvement and a reduction in pain. ");
            body.Append(random.Next(2) == 0 ? $"Therefore, the request for {service} {phrase}." : $"The request for {service} {phrase}.");
            if (random.Next(4) == 0) body.Append(' ').Append(Caveats[random.Next(Caveats.Length)]);
            paragraphs.Add(rationaleLabel + " " + body);
        }

        return Render(random, paragraphs, converted, caseNumber);
    }

    /// <summary>A page inside the guideline but outside every range the catalogue gives the topic.</summary>
    private static int PageOutside(Topic topic, Random random)
    {
        var mtus = Imr.Std.Guidelines.All.First(c => c.PageCount == 127);
        var ranges = mtus.ResolveTopics(topic.Names[0]).SelectMany(t => t.Pages).ToList();
        while (true)
        {
            var page = 1 + random.Next(127);
            if (!ranges.Any(r => r.From <= page && page <= r.To)) return page;
        }
    }

    private static string Citation(Random random, Era era, Func<string, string> label, string who, string topic, int from, int to)
    {
        var pages = from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}{(random.Next(4) == 0 ? "\u2013" : "-")}{to}";
        var marker = random.Next(8) switch { 0 => "pages", 1 => from == to ? "page" : "pages", 2 => "p.", 3 => "pg.", 4 => "pp.", _ => "Page(s):" };
        if (era == Era.Numbered2013)
        {
            var heading = who == "claims" ? "Medical Treatment Guideline(s) Used by the Claims Administrator:" : "Medical Treatment Guideline(s) Used by the Expert Reviewer:";
            var subject = who == "claims" ? "The Claims Administrator based its decision on the" : "The Expert Reviewer based his/her decision on the";
            return $"{heading}\n{subject} MTUS Chronic Pain Medical Treatment Guidelines, {topic}, {(from == to ? "page" : "pages")} {pages}, which is part of the MTUS.";
        }
        var guideline = era == Era.Ccr2017 ? "8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009)" : Guidelines[random.Next(Guidelines.Length)];
        var total = era == Era.Ccr2017 ? " of 127" : "";
        var extra = random.Next(5) == 0 ? " Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter." : "";
        return label(who == "claims" ? "Claims Administrator guideline:" : "MAXIMUS guideline:") + $" Decision based on {guideline} {topic} {marker} {pages}{total}.{extra}";
    }

    // ---- laying it out -----------------------------------------------------------------------------------

    private static string Render(Random random, List<string> paragraphs, bool converted, string caseNumber)
    {
        var width = 60 + random.Next(70);
        var doubleSpaced = !converted && random.Next(2) == 0;
        var hyphenate = random.Next(3) == 0;
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var part in paragraph.Split('\n'))
            {
                // Table cells and a label standing alone as a heading keep their line.
                if (converted || part.Contains('\t') || part.Contains("  ") || part.EndsWith(':') && part.Contains("Used by")) lines.Add(part);
                else lines.AddRange(Wrap(part, width, hyphenate, random));
            }
            lines.Add(doubleSpaced ? " " : "");
        }
        var header = $"Final Determination Letter for IMR Case Number {caseNumber}";
        var breaks = random.Next(4);
        for (var b = 0; b < breaks; b++)
        {
            var at = 1 + random.Next(lines.Count - 1);
            lines.InsertRange(at, new[] { $"Page {b + 1} of {breaks + 1}", "\f" + header });
        }
        if (breaks > 0) lines.Insert(0, header);

        var typography = random.Next(3);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var typed = typography switch
            {
                1 => line.Replace(" \"", " \u201C").Replace("\" ", "\u201D ").Replace(".\"", ".\u201D").Replace("fi", "\uFB01"),
                2 => line.Replace("medically", random.Next(4) == 0 ? "medi\u00ADcally" : "medically").Replace(", ", ",\u00A0"),
                _ => line,
            };
            text.Append(typed);
            if (typed.Trim().Length > 0 && random.Next(3) == 0) text.Append(' ');
            text.Append('\n');
            if (doubleSpaced && line.Trim().Length > 0) text.Append('\n');
        }
        return random.Next(3) == 0 ? text.ToString().Replace("\n", "\r\n") : text.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int width, bool hyphenate, Random random)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                // A converter that hyphenates splits a long lower-case word at the line end.
                if (hyphenate && word.Length >= 8 && word.All(char.IsLower) && line.Length + 5 < width)
                {
                    var cut = 3 + random.Next(word.Length - 5);
                    yield return line + " " + word[..cut] + "-";
                    line.Clear().Append(word[cut..]);
                    continue;
                }
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
