using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// `imr check` on folders of PDF letters printed by Chromium, LibreOffice and Ghostscript (the fixtures of
/// tests/ImrDsl.Pdf.Tests) reports what it reports on the letters' text, located by page and line.
/// </summary>
public class PdfCheckTests
{
    private static readonly string Fixtures = Path.Combine(ImrProcess.RepoRoot, "tests", "ImrDsl.Pdf.Tests", "Fixtures");

    public static IEnumerable<object[]> Producers => new[] { "chromium", "libreoffice", "ghostscript" }.Select(p => new object[] { p });

    /// <summary>Findings as (letter name without extension, rule, item), from `imr check --format json`.</summary>
    private static List<(string Letter, string Rule, string? Item)> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var findings = new List<(string, string, string?)>();
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            var letter = Path.GetFileNameWithoutExtension(file.GetProperty("path").GetString()!);
            foreach (var f in file.GetProperty("findings").EnumerateArray())
                findings.Add((letter, f.GetProperty("ruleId").GetString()!, f.GetProperty("item").GetString()));
        }
        return findings.OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2, StringComparer.Ordinal).ThenBy(f => f.Item3, StringComparer.Ordinal).ToList();
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Checking_a_folder_of_pdfs_finds_what_checking_their_letters_finds(string producer)
    {
        var folder = Path.Combine(Fixtures, producer);
        var pdfs = Directory.GetFiles(folder, "*.pdf").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var letters = Directory.GetFiles(Path.Combine(ImrProcess.RepoRoot, "examples", "letters"))
            .Where(p => pdfs.Contains(Path.GetFileNameWithoutExtension(p)) && (p.EndsWith(".txt") || p.EndsWith(".docx")))
            .ToArray();
        Assert.Equal(pdfs.Count, letters.Length);

        var fromPdf = ImrProcess.Run(folder, null, "check", ".", "--format", "json");
        var fromText = ImrProcess.Run(ImrProcess.RepoRoot, null, new[] { "check", "--format", "json" }.Concat(letters).ToArray());
        Assert.Equal(fromText.ExitCode, fromPdf.ExitCode);
        var expected = Findings(fromText.Stdout);
        Assert.Contains(expected, f => f.Rule == "IMR002"); // the comparison covers real findings, not two empty lists
        Assert.Equal(expected, Findings(fromPdf.Stdout));
    }

    /// <summary>
    /// Files under a name their bytes belie are read as what they are, and the other files of the run as before
    /// (probe89): a PDF saved as ".docx" finds what the PDF finds (it was "not a complete zip archive"), a .docx saved
    /// as ".txt" what the .docx finds; a Word 97-2003 file, an RTF file and a file of white space get one IMR000 each that
    /// says what the file is.
    /// </summary>
    [Fact]
    public void Files_named_for_another_format_are_read_as_what_they_are()
    {
        using var temp = new TempFolder();
        var pdf = Path.Combine(Fixtures, "ghostscript", "seed-000.pdf");
        File.Copy(pdf, Path.Combine(temp.Path, "seed-000.docx"));
        File.Copy(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", "draft.docx"), Path.Combine(temp.Path, "draft.txt"));
        File.WriteAllBytes(Path.Combine(temp.Path, "old.docx"), new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 });
        temp.File("saved.txt", @"{\rtf1\ansi IMR ISSUES, DECISIONS AND RATIONALES\par Norco 10/325mg #120: Upheld}");
        temp.File("blank.md", "\n   \n\t\n");

        var renamed = Findings(ImrProcess.Run(temp.Path, null, "check", ".", "--format", "json").Stdout);
        var asNamed = Findings(ImrProcess.Run(ImrProcess.RepoRoot, null, "check", pdf, Path.Combine("examples", "letters", "draft.docx"), "--format", "json").Stdout);
        Assert.Contains(asNamed, f => f.Letter == "seed-000" && f.Rule == "IMR002");
        Assert.Equal(asNamed, renamed.Where(f => f.Letter is "seed-000" or "draft").ToList());
        Assert.Equal(new[] { ("blank", "IMR000"), ("old", "IMR000"), ("saved", "IMR000") }, renamed.Where(f => f.Letter is not ("seed-000" or "draft")).Select(f => (f.Letter, f.Rule)));

        var text = ImrProcess.Run(temp.Path, null, "check", "old.docx", "saved.txt", "blank.md").Stdout;
        Assert.Contains("old.docx:1:1: error IMR000: the file is a Word 97-2003 document (.doc)", text);
        Assert.Contains("saved.txt:1:1: error IMR000: the file is RTF", text);
        Assert.Contains("blank.md:1:1: error IMR000: the file holds no text, only white space", text);
    }

    [Fact]
    public void Findings_in_a_pdf_are_located_by_page_and_line_in_every_format()
    {
        var folder = Path.Combine(Fixtures, "ghostscript");
        var text = ImrProcess.Run(folder, null, "check", "seed-000.pdf");
        // The finding's line as printed on the page, then that line as extracted.
        var header = Regex.Match(text.Stdout, @"seed-000\.pdf:p(\d+):(\d+):(\d+): error IMR002: [^\n]*page 97");
        Assert.True(header.Success, text.Stdout);
        Assert.Matches(@$"\n p{header.Groups[1].Value}:{header.Groups[2].Value} \| [^\n]*97", text.Stdout);

        var extracted = ImrProcess.Run(folder, null, "extract", "seed-000.pdf", "--format", "text").Stdout;
        var pages = extracted.Split('\f');
        var page = int.Parse(header.Groups[1].Value);
        var pageLines = pages[page - 1].Split('\n').Where(l => l.Trim().Length > 0).ToList();
        Assert.Contains("97", pageLines[int.Parse(header.Groups[2].Value) - 1]);

        using var json = JsonDocument.Parse(ImrProcess.Run(folder, null, "check", "seed-000.pdf", "--format", "json").Stdout);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "IMR002");
        Assert.Equal(page, finding.GetProperty("page").GetInt32());
        Assert.Equal(int.Parse(header.Groups[2].Value), finding.GetProperty("pageLine").GetInt32());
        var textLine = extracted.Split('\n')[finding.GetProperty("line").GetInt32() - 1];
        Assert.Contains("97", textLine);

        var github = ImrProcess.Run(folder, null, "check", "seed-000.pdf", "--format", "github").Stdout;
        Assert.Contains($"title=IMR002 (page {page}%2C line {header.Groups[2].Value})::", github);

        using var temp = new TempFolder();
        var sarifPath = Path.Combine(temp.Path, "imr.sarif");
        ImrProcess.Run(folder, null, "check", ".", "--format", "sarif", "--output", sarifPath);
        Assert.Empty(SarifValidator.Errors(sarifPath));
        using var sarif = JsonDocument.Parse(ImrProcess.Run(folder, null, "check", "seed-000.pdf", "--format", "sarif").Stdout);
        var region = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "IMR002")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(finding.GetProperty("line").GetInt32(), region.GetProperty("startLine").GetInt32());
        Assert.Equal(page, region.GetProperty("properties").GetProperty("page").GetInt32());
    }

    [Fact]
    public void An_unreadable_pdf_is_an_imr000_finding_and_the_other_letters_are_still_checked()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(Fixtures, "chromium", "imr001-missing-rationale.pdf"), Path.Combine(temp.Path, "good.pdf"));
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, "chromium", "seed-000.pdf"));
        File.WriteAllBytes(Path.Combine(temp.Path, "cut.pdf"), bytes[..(bytes.Length / 2)]);
        File.WriteAllText(Path.Combine(temp.Path, "scan.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        var result = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cut.pdf:1:1: error IMR000: the PDF is truncated", result.Stdout);
        Assert.Contains("scan.pdf:1:1: error IMR000: no text layer: run OCR first", result.Stdout);
        Assert.Matches(@"good\.pdf:p1:\d+:\d+: error IMR001: ", result.Stdout);
    }
}
