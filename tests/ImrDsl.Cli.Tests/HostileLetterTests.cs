using System.Text;
using System.Text.Json;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Mutated letters, checked by the real imr process: every file is reported, within the harness's bounds, and no
/// message carries another line of its letter, more than a bounded length, or a raw control character.
/// </summary>
public class HostileLetterTests
{
    private static readonly string[] Sources =
    {
        "imr001-missing-rationale.txt", "imr003-contradictory-decision.txt", "imr004-item-mismatch.txt", "imr006-missing-guideline.txt",
        "imr007-unknown-topic.txt", "imr008-inconsistent-dates.txt", "seed-000.txt", "converted-multi.md", "multi-item-pdf.txt",
    };

    /// <summary>Lines a letter might hold that must never travel: stand-ins for a name, an SSN, a diagnosis, and terminal tricks.</summary>
    private static readonly string[] Secrets =
    {
        "Patient Jane Q. Example, SSN 123-45-6789", "Diagnosis: lumbar radiculopathy with myelopathy", "\u001b]0;owned\u0007\u001b[2J title",
        "\u202eevil reversed text", "Member ID 998877665544 claim 12345",
    };

    private static string Mutate(string text, Random random)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        for (var k = random.Next(1, 6); k > 0; k--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0: lines.Insert(at, Secrets[random.Next(Secrets.Length)]); break; // a private line next to anything
                case 1: lines[at] += " " + Secrets[random.Next(Secrets.Length)]; break;
                case 2: lines.RemoveAt(at); break;
                case 3: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 4: lines[at] = lines[at] + new string('x', random.Next(1000, 200_000)); break; // one very long line
                case 5: // a wrapped line: the rest moves to the next line, as PDF text does
                    var line = lines[at];
                    if (line.Length > 10) { var cut = random.Next(1, line.Length); lines[at] = line[..cut]; lines.Insert(at + 1, line[cut..]); }
                    break;
                case 6: lines[at] = new string(lines[at].Select(c => random.Next(20) == 0 ? (char)random.Next(1, 32) : c).ToArray()); break;
                case 7: lines.InsertRange(at, Enumerable.Repeat(lines[at], random.Next(2, 200))); break;
                default: lines[at] = lines[at].ToUpperInvariant(); break;
            }
        }
        return string.Join(random.Next(4) == 0 ? "\r" : "\n", lines);
    }

    [Fact]
    public void Mutated_letters_are_all_reported_and_messages_quote_only_their_own_line()
    {
        using var temp = new TempFolder();
        var random = new Random(11);
        var texts = new Dictionary<string, string>();
        for (var n = 0; n < 150; n++)
        {
            var source = Sources[n % Sources.Length];
            var name = $"m{n:000}{Path.GetExtension(source)}";
            texts[name] = Mutate(HostileHarness.Letter(source), random);
            temp.File(name, texts[name]);
        }

        var json = HostileHarness.Run(temp.Path, "check", ".", "--format", "json");
        var text = HostileHarness.Run(temp.Path, "check", ".");

        Assert.Equal(1, json.ExitCode);
        Assert.False(HostileHarness.HasRawControl(text.Stdout), "a control character reached the text report raw");
        using var document = JsonDocument.Parse(json.Stdout);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(texts.Count, files.Count);
        foreach (var file in files)
        {
            var path = file.GetProperty("path").GetString()!;
            var lines = System.Text.RegularExpressions.Regex.Split(texts[path], "\r\n|\r|\n").Select(Normalize).ToArray();
            foreach (var finding in file.GetProperty("findings").EnumerateArray())
            {
                var message = finding.GetProperty("message").GetString()!;
                Assert.True(message.Length <= 401, $"{path}: a {message.Length}-character message");
                Assert.False(HostileHarness.HasRawControl(message), $"{path}: {message}");
                var line = finding.GetProperty("line").GetInt32();
                var own = line <= lines.Length ? lines[line - 1] : string.Empty;
                var item = finding.GetProperty("item").ValueKind == JsonValueKind.String ? finding.GetProperty("item").GetString()! : string.Empty;
                for (var other = 0; other < lines.Length; other++)
                {
                    var quoted = lines[other];
                    // A section heading is every letter's standard wording, which a message may name (IMR005).
                    var heading = ImrDsl.Domain.Letters.LetterReader.IsSectionHeading(Normalize(quoted));
                    if (other == line - 1 || quoted.Length < 16 || own.Contains(quoted) || item.Contains(quoted) || heading) continue;
                    Assert.False(message.Contains(quoted, StringComparison.Ordinal),
                        $"{path}:{line}: the message quotes line {other + 1} ('{quoted}'): {message}");
                }
            }
        }
    }

    private static string Normalize(string line) => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The two leaks the issue found: a topic and a conclusion that ran on into the lines after them.</summary>
    [Theory]
    [InlineData("imr007-unknown-topic.txt", "Guidelines Magnet therapy Page(s): 60.", "Guidelines Magnet therapy\n", "IMR007", "'Magnet therapy…' is not a topic")]
    [InlineData("imr003-contradictory-decision.txt", "Therefore, the request for Omeprazole 20mg #60 is medically necessary.", "Therefore, the request for\n", "IMR003", "its rationale concludes \"")]
    public void A_value_that_runs_on_into_the_next_lines_is_quoted_up_to_its_own_line_end(string letter, string original, string wrappedStart, string rule, string expected)
    {
        using var temp = new TempFolder();
        var rest = original[(wrappedStart.Length - 1)..].TrimStart();
        var wrapped = wrappedStart + string.Join("\n", Secrets.Take(2)) + "\n" + rest;
        temp.File("letter.txt", HostileHarness.Letter(letter).Replace(original, wrapped));

        var result = HostileHarness.Run(temp.Path, "check", "letter.txt", "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        var finding = document.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == rule);
        var message = finding.GetProperty("message").GetString()!;
        Assert.Contains(expected, message);
        foreach (var secret in Secrets.Take(2)) Assert.DoesNotContain(secret, message);
        foreach (var word in new[] { "SSN", "6789", "radiculopathy" }) Assert.DoesNotContain(word, message);
    }

    [Fact]
    public void Terminal_escape_sequences_in_a_letter_and_its_name_never_reach_the_terminal_raw()
    {
        using var temp = new TempFolder();
        var letter = HostileHarness.Letter("imr001-missing-rationale.txt").Replace("Gabapentin 600mg #90: Upheld", "Gabapentin\u001b[31m\u001b]8;;http://x\u0007 600mg\u202e #90: Upheld");
        temp.File("esc\u001b[2J.txt", letter);
        var result = HostileHarness.Run(temp.Path, "check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("IMR001", result.Stdout);
        Assert.False(HostileHarness.HasRawControl(result.Stdout + result.Stderr), "raw control characters: " + result.Stdout);
        Assert.Contains("esc\\u001b[2J.txt", result.Stdout);
    }

    /// <summary>
    /// The HTML report of a letter with thousands of items and a finding on each stays within bounds: it placed every
    /// finding by asking each item about every finding (a 7 MB letter of 4,000 items took 106 s).
    /// </summary>
    [Fact]
    public void The_html_report_of_a_letter_with_thousands_of_findings_is_written_within_bounds()
    {
        using var temp = new TempFolder();
        var seed = HostileHarness.Letter("seed-000.txt");
        temp.File("many.txt", string.Concat(Enumerable.Repeat(seed, 2000)));
        var result = HostileHarness.Run(temp.Path, "check", "many.txt", "--format", "html", "--output", "many.html");
        Assert.True(result.ExitCode == 1, result.ToString());
        var html = File.ReadAllText(Path.Combine(temp.Path, "many.html"));
        Assert.True(html.Split("IMR002").Length > 2000, "every copy's IMR002 is in the report");
    }

    /// <summary>
    /// A letter whose lines end in LS, PS or a vertical tab (copied from a web page, or Word's line breaks saved as
    /// text) gets the findings it gets with LF, and each excerpt quotes one line as read, not the neighbours that share
    /// its line number: to an editor, and so to a finding's line and column, only CR and LF end a line. Before, such a
    /// letter read as no items and no summary (two false IMR005s).
    /// </summary>
    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\v")]
    public void A_letter_with_unicode_line_ends_gets_its_findings_and_excerpts_of_one_line(string lineEnd)
    {
        using var temp = new TempFolder();
        var names = Directory.GetFiles(Path.Combine(ImrProcess.RepoRoot, "examples", "letters")).Select(p => Path.GetFileName(p)).Where(n => n.EndsWith(".txt") || n.EndsWith(".md")).ToArray();
        foreach (var name in names)
        {
            var text = HostileHarness.Letter(name).Replace("\r\n", "\n");
            temp.File("lf-" + name, text);
            temp.File("other-" + name, text.Replace("\n", lineEnd));
        }
        static List<string> Findings(string json, string prefix)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("files").EnumerateArray()
                .Where(f => f.GetProperty("path").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
                .SelectMany(f => f.GetProperty("findings").EnumerateArray().Select(x => $"{f.GetProperty("path").GetString()![prefix.Length..]} {x.GetProperty("ruleId").GetString()} {x.GetProperty("message").GetString()}"))
                .ToList();
        }
        var json = HostileHarness.Run(temp.Path, "check", ".", "--format", "json").Stdout;
        var expected = Findings(json, "lf-");
        Assert.True(expected.Count >= 20, $"the letters have findings to compare: {string.Join("; ", expected)}");
        Assert.Equal(expected, Findings(json, "other-"));
        // A finding's fingerprint hashes its line as read, so an edit to the letter's first line leaves the others' as
        // they were; it hashed the numbered line, which is the whole letter.
        // The edit keeps the line's length, so every finding keeps its column.
        using var edited = new TempFolder();
        using var unedited = new TempFolder();
        var firstLines = new Dictionary<string, int>();
        foreach (var name in names)
        {
            var text = HostileHarness.Letter(name).Replace("\r\n", "\n");
            unedited.File(name, text.Replace("\n", lineEnd));
            edited.File(name, ((text[0] == 'Z' ? "Y" : "Z") + text[1..]).Replace("\n", lineEnd));
            firstLines[name] = text.IndexOf('\n');
        }
        List<string> Fingerprints(string folder)
        {
            using var document = JsonDocument.Parse(HostileHarness.Run(folder, "check", ".", "--format", "sarif").Stdout);
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("locations")[0].GetProperty("physicalLocation") is var at
                            && at.GetProperty("region").GetProperty("startColumn").GetInt32() > firstLines[Path.GetFileName(at.GetProperty("artifactLocation").GetProperty("uri").GetString()!)] + 1)
                .Select(r => r.GetProperty("partialFingerprints").EnumerateObject().First().Value.GetString()!).ToList();
        }
        var before = Fingerprints(unedited.Path);
        Assert.True(before.Count >= 20, $"{before.Count} findings past the first line");
        Assert.Equal(before, Fingerprints(edited.Path));

        var report = HostileHarness.Run(temp.Path, "check", ".");
        var lines = names.SelectMany(n => HostileHarness.Letter(n).Replace("\r\n", "\n").Split('\n')).Select(l => l.TrimEnd()).ToHashSet();
        var excerpts = report.Stdout.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ \d+ \| ")).Select(l => l[(l.IndexOf("| ", StringComparison.Ordinal) + 2)..].TrimEnd()).ToList();
        Assert.NotEmpty(excerpts);
        // Every excerpt is one line of a letter as read: the LF letters' lines and the others' are the same lines.
        Assert.All(excerpts, excerpt => Assert.True(lines.Contains(excerpt), $"the excerpt is not one line of its letter: {excerpt}"));

        // The HTML report shows each letter line by line as read, with its notes and highlights where the LF letter has
        // them; it showed the whole letter as one line. Only the finding's line and column, an editor's, differ.
        HostileHarness.Run(temp.Path, "check", ".", "--format", "html", "--output", "report.html");
        var views = LetterViews(File.ReadAllText(Path.Combine(temp.Path, "report.html")));
        var compared = 0;
        foreach (var name in names.Where(n => views.ContainsKey("lf-" + n)))
        {
            Assert.True(views.TryGetValue("other-" + name, out var other), $"{name}: no view of the other letter");
            Assert.True(views["lf-" + name] == other, $"{name}: the views differ\n{views["lf-" + name]}\n---\n{other}");
            compared++;
        }
        Assert.True(compared >= 10, $"{compared} letters shown");
    }

    /// <summary>Each letter's text view in an HTML report by its path, without the letter's number and the findings' places.</summary>
    private static Dictionary<string, string> LetterViews(string html)
    {
        var views = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in html.Split("<article class=\"letter\"").Skip(1))
        {
            var path = System.Text.RegularExpressions.Regex.Match(article, "<span class=\"path\">([^<]*)</span>").Groups[1].Value;
            var start = article.IndexOf("<div class=\"text\">", StringComparison.Ordinal);
            if (start < 0) continue;
            var view = article[start..article.IndexOf("<div class=\"end\">", start, StringComparison.Ordinal)];
            view = System.Text.RegularExpressions.Regex.Replace(view, @"letter-\d+", "letter");
            views[path] = System.Text.RegularExpressions.Regex.Replace(view, @"data-line=""\d+"" data-column=""\d+""", "");
        }
        return views;
    }

    /// <summary>
    /// An item whose conclusion is megabytes of joined medicine names, or whose citations are topics of a thousand
    /// bracketed parts, is checked within the harness's bounds. A review found both quadratic: 240 KB of names took
    /// 6.7 s and 0.84 MB of bracketed topics 19.5 s, where the rest of the letter took 0.2 s.
    /// </summary>
    [Theory]
    [InlineData("names")]
    [InlineData("brackets")]
    public void An_item_of_hostile_names_or_bracketed_topics_is_checked_within_bounds(string kind)
    {
        using var temp = new TempFolder();
        var item = new StringBuilder("\n\nNorco 10/325mg #120: Upheld\n\n");
        if (kind == "brackets")
            for (var n = 0; n < 500; n++)
                item.Append("MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines ").Append(string.Concat(Enumerable.Repeat("(a)", 1300))).Append(" Page(s): 74.\n\n");
        else item.Append("MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\n");
        item.Append("Decision rationale: Therefore, the request for ");
        if (kind == "names") item.Append(string.Concat(Enumerable.Repeat("Norco'", 350_000)));
        item.Append(" Percocet 10/325mg #90 is not medically necessary.\n");
        temp.File("hostile.txt", HostileHarness.Letter("seed-000.txt") + item);
        var result = HostileHarness.Run(temp.Path, "check", "hostile.txt");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_letter_of_one_enormous_line_is_checked_within_bounds_and_quoted_in_a_window()
    {
        using var temp = new TempFolder();
        var builder = new StringBuilder(HostileHarness.Letter("imr001-missing-rationale.txt").Replace("\n", " "));
        while (builder.Length < 6 * 1024 * 1024) builder.Append(" lorem ipsum dolor sit amet");
        temp.File("long.txt", builder.ToString());
        var result = HostileHarness.Run(temp.Path, "check", "long.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.All(result.Stdout.Split('\n'), line => Assert.True(line.Length < 700, $"a {line.Length}-character report line"));
    }
}
