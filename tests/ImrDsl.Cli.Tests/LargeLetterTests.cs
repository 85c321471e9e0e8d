using System.Text;
using System.Text.RegularExpressions;
using ImrDsl.Cli.Commands;
using ImrDsl.Cli.Output.Html;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// Letters of tens of MB (some PDF conversions give them) are read, up to <see cref="CheckCommand.MaxInputBytes"/>;
/// larger files, and letters with a line longer than <see cref="CheckCommand.MaxLineChars"/>, are IMR000 with a
/// clear message. Every run is the real imr process held to the hostile-input bounds (<see cref="HostileHarness"/>).
/// </summary>
public sealed class LargeLetterTests
{
    /// <summary>An ordinary line that no rule reads anything from, to make a letter large.</summary>
    private const string Padding = "The records reviewed include progress notes, imaging reports and therapy notes.\n";

    [Fact]
    public void A_letter_larger_than_the_old_8_MB_limit_is_read_and_its_findings_point_at_their_own_lines()
    {
        using var temp = new TempFolder();
        var letter = HostileHarness.Letter("imr001-missing-rationale.txt");
        var paddingLines = 9 * 1024 * 1024 / Padding.Length + 1;
        temp.File("small.txt", letter);
        temp.File("large.txt", new StringBuilder(paddingLines * Padding.Length + letter.Length).Insert(0, Padding, paddingLines).Append(letter).ToString());
        Assert.True(new FileInfo(Path.Combine(temp.Path, "large.txt")).Length > 9 * 1024 * 1024);

        var small = HostileHarness.Run(temp.Path, "check", "small.txt");
        var large = HostileHarness.Run(temp.Path, "check", "large.txt");

        var expected = Findings(small.Stdout, "small.txt");
        Assert.Contains(expected, f => f.Id == "IMR001");
        // The same findings, each on its own line moved down by the padding: the letter was read, not refused.
        Assert.Equal(expected.Select(f => f with { Line = f.Line + paddingLines }), Findings(large.Stdout, "large.txt"));
        Assert.DoesNotContain("IMR000", large.Stdout);
        Assert.Equal(small.ExitCode, large.ExitCode);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_IMR000_and_the_other_files_are_still_checked()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter("imr001-missing-rationale.txt"));
        using (var big = File.Create(Path.Combine(temp.Path, "big.txt"))) big.SetLength(CheckCommand.MaxInputBytes + 1);

        var check = HostileHarness.Run(temp.Path, "check", "big.txt", "a.txt");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("big.txt:1:1: error IMR000: the file cannot be read: it is larger than 32 MB, the most imr reads from one input", check.Stdout);
        Assert.Contains("a.txt:17:1: error IMR001", check.Stdout);

        var extract = HostileHarness.Run(temp.Path, "extract", "big.txt", "--format", "json");
        Assert.Equal(1, extract.ExitCode);
        Assert.Equal("", extract.Stdout);
        Assert.Contains("big.txt:1:1: error IMR000: the file cannot be read: it is larger than 32 MB", extract.Stderr);
    }

    [Fact]
    public void A_PDF_larger_than_its_own_limit_is_IMR000_though_text_letters_that_size_are_read()
    {
        using var temp = new TempFolder();
        using (var pdf = File.Create(Path.Combine(temp.Path, "scan.pdf")))
        {
            pdf.Write("%PDF-1.7\n"u8);
            pdf.SetLength(CheckCommand.MaxPdfBytes + 1024 * 1024);
        }
        var check = HostileHarness.Run(temp.Path, "check", "scan.pdf");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("scan.pdf:1:1: error IMR000: the file is 9.0 MB; letters over 8 MB are not read", check.Stdout);
    }

    [Fact]
    public void A_line_longer_than_the_longest_a_letter_may_have_is_IMR000_where_it_passes_the_limit()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder("Case Number: CM13-0000001\n");
        while (text.Length < 26 + CheckCommand.MaxLineChars + 1000) text.Append("lorem ipsum dolor sit amet ");
        text.Append("\nHOW THE IMR FINAL DETERMINATION WAS MADE\n");
        temp.File("long.txt", text.ToString());
        var limit = CheckCommand.MaxLineChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var message = $"IMR000: line 2 is longer than {limit} characters, the longest line imr reads in a letter; the letter is not read";

        var check = HostileHarness.Run(temp.Path, "check", "long.txt", "--format", "text");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"long.txt:2:{CheckCommand.MaxLineChars + 1}: error {message}", check.Stdout);
        Assert.All(check.Stdout.Split('\n'), line => Assert.True(line.Length < 700, $"a {line.Length}-character report line"));

        var extract = HostileHarness.Run(temp.Path, "extract", "long.txt", "--format", "json");
        Assert.Equal(1, extract.ExitCode);
        Assert.Contains($"long.txt:2:{CheckCommand.MaxLineChars + 1}: error {message}", extract.Stderr);
    }

    /// <summary>
    /// A letter of more than <see cref="CheckCommand.MaxLetterLines"/> lines, however its lines end (editors' line ends,
    /// which number the lines, or those read inside a numbered line), is IMR000 at the start of the first line past the
    /// limit, in check, extract and report alike; a letter of that many lines is read. 31 MB of empty lines took about
    /// 950 MB and 7 s to check, and the report ran out of memory; every run here is held to the hostile-input bounds.
    /// </summary>
    [Theory]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    [InlineData("\u2028", false)]
    [InlineData("\u2029", false)]
    [InlineData("\v", false)]
    public void A_letter_of_more_lines_than_the_limit_is_IMR000_at_the_first_line_past_it(string lineEnd, bool numbersLines)
    {
        const int most = CheckCommand.MaxLetterLines;
        using var temp = new TempFolder();
        temp.File("over.txt", new StringBuilder().Insert(0, "a" + lineEnd, most).Append('a').ToString());
        temp.File("at.txt", new StringBuilder().Insert(0, "a" + lineEnd, most - 1).Append('a').ToString());
        var (line, column) = numbersLines ? (most + 1, 1) : (1, most * (1 + lineEnd.Length) + 1);
        var message = $"IMR000: the letter has more than {most.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} lines, the most imr reads in a letter; the letter is not read";

        var check = HostileHarness.Run(temp.Path, "check", "over.txt", "at.txt", "--format", "text");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"over.txt:{line}:{column}: error {message}", check.Stdout);
        Assert.DoesNotContain("at.txt:", Regex.Replace(check.Stdout, "^(?!at\\.txt:.*IMR000).*$", "", RegexOptions.Multiline));

        var extract = HostileHarness.Run(temp.Path, "extract", "over.txt", "--format", "json");
        Assert.Equal(1, extract.ExitCode);
        Assert.Contains($"over.txt:{line}:{column}: error {message}", extract.Stderr);
        var read = HostileHarness.Run(temp.Path, "extract", "at.txt", "--format", "json");
        Assert.DoesNotContain("IMR000", read.Stderr);
        Assert.StartsWith("{", read.Stdout);

        var report = HostileHarness.Run(temp.Path, "report", "over.txt", "-o", "report.html");
        Assert.Equal(1, report.ExitCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message[8..]), File.ReadAllText(Path.Combine(temp.Path, "report.html")));
    }

    /// <summary>
    /// The staff report shows a letter's text whole up to <see cref="LetterTextView.MostLinesShownWhole"/> lines; a longer
    /// file shows its first lines and those around each finding, and says which lines it left out. A file of millions of
    /// empty lines made a report of gigabytes and ran out of memory (exit 134). The finding itself is shown, whichever
    /// side of the limit the letter is on, and whether the lines before it are empty or hold text.
    /// </summary>
    [Theory]
    [InlineData(LetterTextView.MostLinesShownWhole - 200, "\n")]
    [InlineData(LetterTextView.MostLinesShownWhole + 1, "\n")]
    [InlineData(400_000, "\n")]
    [InlineData(400_000, "9\n")]
    [InlineData(400_000, "\u2028")]
    [InlineData(400_000, "9\v")]
    public void A_letter_too_long_to_show_whole_is_reported_by_its_first_lines_and_those_near_its_findings(int paddingLines, string padding)
    {
        using var temp = new TempFolder();
        var letter = HostileHarness.Letter("imr001-missing-rationale.txt");
        temp.File("long.txt", new StringBuilder().Insert(0, padding, paddingLines).Append(letter).ToString());
        var check = HostileHarness.Run(temp.Path, "check", "long.txt");
        var findings = Findings(check.Stdout, "long.txt");
        Assert.Contains(findings, f => f.Id == "IMR001");

        var report = HostileHarness.Run(temp.Path, "report", "long.txt", "-o", "report.html");
        Assert.Equal(check.ExitCode, report.ExitCode);
        var html = File.ReadAllText(Path.Combine(temp.Path, "report.html"));
        var lineCount = paddingLines + letter.Split('\n').Length;
        var shownLines = Regex.Matches(html, "<div class=\"line\">").Count;
        var gaps = Regex.Matches(html, "<div class=\"gap\" role=\"note\">([0-9,]+) lines are not shown here \\((within line [0-9,]+|lines [0-9,]+ to [0-9,]+) of the file\\): it has ([0-9,]+) lines");
        // Every finding's own line is in the page, with its note.
        var imr001 = findings.First(f => f.Id == "IMR001");
        // Padding that ends in LS or a vertical tab is lines as read within the file's first numbered line.
        var ownLine = letter.Split('\n')[imr001.Line - (padding.EndsWith('\n') ? paddingLines : 0) - 1].Trim();
        var contents = Regex.Matches(html, "<span class=\"content\">(.*?)</span></div>\n")
            .Select(m => System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]*>", "")));
        Assert.Contains(contents, c => c.EndsWith(ownLine, StringComparison.Ordinal));
        Assert.Equal(findings.Count, Regex.Matches(html, "<div class=\"note ").Count);
        if (lineCount <= LetterTextView.MostLinesShownWhole)
        {
            Assert.Equal(lineCount, shownLines);
            Assert.Empty(gaps);
            return;
        }
        // The lines shown and the lines said to be left out add up to the file.
        var leftOut = gaps.Sum(g => Number(g.Groups[1].Value));
        Assert.Equal(lineCount, shownLines + leftOut);
        Assert.All(gaps, g => Assert.Equal(lineCount, Number(g.Groups[3].Value)));
        Assert.InRange(shownLines, 1, 30 + 34 * findings.Count);
        Assert.True(html.Length < 1024 * 1024, $"a report of {html.Length} characters for {findings.Count} findings");
    }

    private static int Number(string grouped) => int.Parse(grouped, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Finding(int Line, int Column, string Severity, string Id, string Message);

    /// <summary>The findings of a text report for one file: path:line:column: severity ID: message.</summary>
    private static List<Finding> Findings(string report, string path)
        => report.Split('\n')
            .Select(line => Regex.Match(line, "^" + Regex.Escape(path) + @":(\d+):(\d+): (\w+) (IMR\d+): (.*)$"))
            .Where(m => m.Success)
            .Select(m => new Finding(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value))
            .ToList();
}
