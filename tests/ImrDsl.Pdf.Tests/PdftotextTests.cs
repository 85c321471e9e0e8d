using System.Diagnostics;

namespace ImrDsl.Pdf.Tests;

/// <summary>Poppler's pdftotext, installed from Debian on first use; a test that needs it fails when it cannot be had.</summary>
public sealed class Poppler
{
    public string? Problem { get; }

    public Poppler()
    {
        if (Works()) return;
        // The test machine runs as root; the package list may be stale, so update once if the install fails.
        if (Run("apt-get", "install -y -q poppler-utils").Code != 0) Run("apt-get", "update -q");
        if (!Works()) Run("apt-get", "install -y -q poppler-utils");
        if (!Works()) Problem = "pdftotext (Debian poppler-utils) is not installed and apt-get could not install it";
    }

    private static bool Works() => Run("pdftotext", "-v").Code == 0;

    public static (int Code, string Output) Run(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }
}

/// <summary>
/// A differential test: on every fixture the reader finds the words pdftotext finds, in the same order.
/// pdftotext runs with -layout, which like this reader reads line by line; without it, pdftotext gathers
/// table cells into blocks and joins words hyphenated at line ends, both of which change the word order or
/// the words themselves. Running headers are kept here, since pdftotext keeps them.
/// </summary>
public class PdftotextTests(Poppler poppler) : IClassFixture<Poppler>
{
    public static IEnumerable<object[]> Cases => Fixtures.Cases;

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reader_and_pdftotext_find_the_same_words_in_the_same_order(string producer, string name)
    {
        Assert.True(poppler.Problem is null, poppler.Problem);
        var pdf = Fixtures.Pdf(producer, name);
        var (code, expected) = Poppler.Run("pdftotext", $"-layout -enc UTF-8 \"{pdf}\" -");
        Assert.Equal(0, code);
        var read = PdfTextReader.Read(File.ReadAllBytes(pdf), keepRunningLines: true);
        Assert.Null(read.Problem);
        Assert.Equal(Words(expected), Words(read.ToText()));
    }
}
