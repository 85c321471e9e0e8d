using System.Text;
using System.Text.RegularExpressions;
using ImrDsl.Cli.Commands;

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

    private sealed record Finding(int Line, int Column, string Severity, string Id, string Message);

    /// <summary>The findings of a text report for one file: path:line:column: severity ID: message.</summary>
    private static List<Finding> Findings(string report, string path)
        => report.Split('\n')
            .Select(line => Regex.Match(line, "^" + Regex.Escape(path) + @":(\d+):(\d+): (\w+) (IMR\d+): (.*)$"))
            .Where(m => m.Success)
            .Select(m => new Finding(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value))
            .ToList();
}
