using System.Text.Json;

namespace ImrDsl.Cli.Tests;

public class ExtractTests
{
    [Fact]
    public void Extract_json_follows_the_contract()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "extract", "examples/letters/seed-003.txt", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("CM13-0068515", root.GetProperty("caseNumber").GetString());
        Assert.Equal("2014-05-27", root.GetProperty("decisionDate").GetString());
        Assert.Equal("2011-11-10", root.GetProperty("injuryDate").GetString());
        Assert.Equal("Anesthesiology", root.GetProperty("reviewer").GetProperty("specialty").GetString());
        var item = root.GetProperty("items")[0];
        Assert.Equal(("RETROSPECTIVE BACLOFEN 10MG #60", "upheld"), (item.GetProperty("service").GetString(), item.GetProperty("outcome").GetString()));
        var citation = item.GetProperty("citations")[0];
        Assert.Equal(("claims-administrator", "Muscle Relaxants"), (citation.GetProperty("source").GetString(), citation.GetProperty("topic").GetString()));
        var pages = citation.GetProperty("pages")[0];
        Assert.Equal((63, 64), (pages.GetProperty("from").GetInt32(), pages.GetProperty("to").GetInt32()));
        Assert.Equal("reviewer", item.GetProperty("citations")[1].GetProperty("source").GetString());
        Assert.Equal(24, citation.GetProperty("spans").GetProperty("pages").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Extract_reads_standard_input_and_writes_a_case_document_that_checks_clean()
    {
        using var temp = new TempFolder();
        var letter = File.ReadAllBytes(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", "multi-item-pdf.txt"));
        var extract = ImrProcess.Run(temp.Path, System.Text.Encoding.UTF8.GetString(letter), "extract", "-", "--output", "case.imr");
        Assert.Equal(0, extract.ExitCode);
        var document = File.ReadAllText(Path.Combine(temp.Path, "case.imr"));
        Assert.Contains("item \"Retrospective request for Lidoderm (lidocaine patch) 5% #30 with 2 refills\" {", document);
        var check = ImrProcess.Run(temp.Path, null, "check", "case.imr");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Checked 1 file: no problems found.", check.Stdout);
    }

    [Fact]
    public void Extract_of_a_folder_is_a_usage_error()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "extract", "examples/letters");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("extract reads one letter, but 'examples/letters' names", result.Stderr);
    }

    [Fact]
    public void Extract_of_an_unreadable_file_is_IMR000_with_exit_1()
    {
        using var temp = new TempFolder();
        temp.File("empty.txt", "");
        var result = ImrProcess.Run(temp.Path, null, "extract", "empty.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt:1:1: error IMR000: the file is empty", result.Stderr);
    }
}
