using System.Text.Json;

namespace ImrDsl.Cli.Tests;

/// <summary>imr check on letters, end to end: formats, exit codes, config, baselines, inputs.</summary>
public class CheckLetterTests
{
    private static string Letter(string name) => File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", name));

    private static TempFolder FolderWith(params string[] letters)
    {
        var temp = new TempFolder();
        foreach (var name in letters) temp.File(name, Letter(name));
        return temp;
    }

    [Fact]
    public void The_readme_command_checks_the_example_letters()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("examples/letters/seed-000.txt:79:37: error IMR002: 'Muscle Relaxers' is on pages 63-66 of the MTUS Chronic Pain Medical Treatment Guidelines (2009); this cites page 97", result.Stdout);
        foreach (var rule in new[] { "IMR001", "IMR002", "IMR003", "IMR004", "IMR005", "IMR006", "IMR007", "IMR008" })
            Assert.Contains($" {rule}: ", result.Stdout);
        Assert.Contains("Checked 34 files:", result.Stdout);
    }

    [Fact]
    public void Word_lock_files_beside_a_draft_are_not_checked()
    {
        using var temp = FolderWith("seed-002.txt");
        temp.File("~$draft.docx", "\u0001locked by someone");
        var result = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("IMR000", result.Stdout);
        Assert.Contains("Checked 1 file", result.Stdout);
    }

    [Fact]
    public void Output_is_the_same_whatever_the_number_of_jobs()
    {
        var one = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters", "--jobs", "1", "--format", "json");
        var many = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters", "--jobs", "8", "--format", "json");
        Assert.Equal(one.Stdout, many.Stdout);
    }

    [Fact]
    public void Warnings_alone_exit_0_unless_there_are_more_than_max_warnings()
    {
        using var temp = FolderWith("imr004-item-mismatch.txt");
        Assert.Equal(0, ImrProcess.Run(temp.Path, null, "check", ".").ExitCode);
        var strict = ImrProcess.Run(temp.Path, null, "check", ".", "--max-warnings", "0");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("1 warning exceeds --max-warnings 0", strict.Stderr);
        var quiet = ImrProcess.Run(temp.Path, null, "check", ".", "--quiet");
        Assert.DoesNotContain("IMR004", quiet.Stdout);
    }

    [Fact]
    public void Json_findings_name_their_item()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters/imr003-contradictory-decision.txt", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal(("IMR003", "error", "Omeprazole 20mg #60"), (finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("item").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_output_passes_the_sarif_schema_and_githubs_rules_and_fingerprints_are_stable()
    {
        using var temp = new TempFolder();
        var sarif = Path.Combine(temp.Path, "imr.sarif");
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters", "examples/cases", "--format", "sarif", "--output", sarif);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(SarifValidator.Errors(sarif));

        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("IMR002", rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var seed = results.Single(r => r.GetProperty("ruleId").GetString() == "IMR002" && Uri(r).EndsWith("letters/seed-000.txt"));
        Assert.Equal("examples/letters/seed-000.txt", Uri(seed));
        Assert.Contains("Why it matters", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[rules.IndexOf("IMR002")].GetProperty("help").GetProperty("text").GetString());

        // The same finding after lines are added above it keeps its fingerprint.
        using var moved = FolderWith("seed-000.txt");
        var text = "\n\n\n" + Letter("seed-000.txt");
        File.WriteAllText(Path.Combine(moved.Path, "seed-000.txt"), text);
        var before = Fingerprint(ImrProcess.Run(moved.Path, Letter("seed-000.txt"), "check", "-", "--format", "sarif").Stdout);
        var after = Fingerprint(ImrProcess.Run(moved.Path, text, "check", "-", "--format", "sarif").Stdout);
        Assert.Equal(before, after);
    }

    private static string Uri(JsonElement result)
        => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static string Fingerprint(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!;
    }

    [Fact]
    public void Github_annotations_are_escaped_and_followed_by_the_full_log()
    {
        using var temp = new TempFolder();
        temp.File("a,b:c%.txt", Letter("seed-000.txt"));
        var result = ImrProcess.Run(temp.Path, null, "check", ".", "--format", "github");
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("::error file=a%2Cb%3Ac%25.txt,line=79,endLine=79,col=37,endColumn=39,title=IMR002::'Muscle Relaxers' is on pages 63-66", lines[0]);
        Assert.Contains("a,b:c%.txt:79:37: error IMR002:", result.Stdout);
        Assert.Contains("Checked 1 file:", result.Stdout);
    }

    [Fact]
    public void The_nearest_config_sets_rule_levels_and_overrides_by_glob()
    {
        using var temp = FolderWith("seed-000.txt", "imr004-item-mismatch.txt");
        temp.File("legacy/seed-000.txt", Letter("seed-000.txt"));
        temp.File("imr.json", """
            {
              // comments are allowed
              "rules": { "guideline-page-mismatch": "warning", "IMR004": "off" },
              "overrides": [ { "files": ["legacy/**"], "rules": { "IMR002": "off" } } ]
            }
            """);
        var result = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("seed-000.txt:79:37: warning IMR002:", result.Stdout);
        Assert.DoesNotContain("legacy/seed-000.txt:79", result.Stdout);
        Assert.DoesNotContain("IMR004", result.Stdout);

        // A nearer imr.json wins for the files below it.
        temp.File("legacy/imr.json", """{ "rules": { "IMR002": "error" } }""");
        var nested = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Equal(1, nested.ExitCode);
        Assert.Contains("legacy/seed-000.txt:79:37: error IMR002:", nested.Stdout);
    }

    [Theory]
    [InlineData("""{ "rules": { "IMR002": "loud" } }""", "'rules.IMR002' is 'loud'; use \"error\", \"warning\", \"info\" or \"off\"")]
    [InlineData("""{ "rules": { "IMR099": "off" } }""", "'rules' names an unknown rule 'IMR099'")]
    [InlineData("""{ "rulez": {} }""", "has an unknown key 'rulez'; did you mean 'rules'?")]
    [InlineData("""{ "rules": { "IMR002": "off" }""", "is not valid JSON")]
    [InlineData("""{ "catalogues": ["missing.imr"] }""", "'catalogues' lists 'missing.imr', which does not exist")]
    public void A_bad_config_is_exit_2_naming_the_file_and_the_problem(string config, string problem)
    {
        using var temp = FolderWith("seed-002.txt");
        var path = temp.File("imr.json", config);
        var result = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"imr: {path}:", result.Stderr);
        Assert.Contains(problem, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Extra_catalogues_from_the_config_are_used_for_page_checks()
    {
        using var temp = new TempFolder();
        temp.File("letter.txt", Letter("imr007-unknown-topic.txt").Replace("MTUS Chronic Pain Treatment Guidelines Magnet therapy Page(s): 60", "Clinic Handbook Magnet therapy Page(s): 60"));
        temp.File("handbook.imr", "guideline ClinicHandbook {\n  title = \"Clinic Handbook\"\n  page-count = 80\n  topic \"Magnet therapy\" {\n    pages = 10-12\n  }\n}\n");
        temp.File("imr.json", """{ "catalogues": ["handbook.imr"] }""");
        var result = ImrProcess.Run(temp.Path, null, "check", "letter.txt");
        Assert.Contains("error IMR002: 'Magnet therapy' is on pages 10-12 of the Clinic Handbook; this cites page 60", result.Stdout);
    }

    [Fact]
    public void A_baseline_hides_known_findings_but_not_new_ones()
    {
        using var temp = FolderWith("seed-000.txt", "imr001-missing-rationale.txt");
        var write = ImrProcess.Run(temp.Path, null, "check", ".", "--write-baseline", "imr-baseline.json");
        Assert.Equal(0, write.ExitCode);
        Assert.Contains("wrote imr-baseline.json with 2 findings in 2 files", write.Stderr);

        var clean = ImrProcess.Run(temp.Path, null, "check", ".", "--baseline", "imr-baseline.json");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("no problems found", clean.Stdout);

        // Edits that move a known finding keep it baselined; a new finding is reported.
        File.WriteAllText(Path.Combine(temp.Path, "seed-000.txt"), "\n\n" + Letter("seed-000.txt"));
        temp.File("imr003-contradictory-decision.txt", Letter("imr003-contradictory-decision.txt"));
        var later = ImrProcess.Run(temp.Path, null, "check", ".", "--baseline", "imr-baseline.json");
        Assert.Equal(1, later.ExitCode);
        Assert.Contains("IMR003", later.Stdout);
        Assert.DoesNotContain("IMR002", later.Stdout);
    }

    [Fact]
    public void A_letter_on_standard_input_is_checked()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, Letter("seed-000.txt"), "check", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:79:37: error IMR002:", result.Stdout);
    }

    [Fact]
    public void A_folder_with_binary_empty_and_unreadable_files_still_checks_the_good_letters()
    {
        using var temp = FolderWith("seed-000.txt", "seed-002.txt");
        File.WriteAllBytes(Path.Combine(temp.Path, "scan.txt"), new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x00, 0x01 });
        temp.File("empty.md", "");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "gone.txt"), Path.Combine(temp.Path, "no-such-target.txt"));
        var result = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scan.txt:1:1: error IMR000: the file is binary", result.Stdout);
        Assert.Contains("empty.md:1:1: error IMR000: the file is empty", result.Stdout);
        Assert.Contains("gone.txt:1:1: error IMR000: the file cannot be read", result.Stdout);
        Assert.Contains("seed-000.txt:79:37: error IMR002:", result.Stdout);
        Assert.Contains("Checked 5 files:", result.Stdout);
    }

    [Fact]
    public void Gitignored_files_are_skipped_unless_asked_for()
    {
        using var temp = FolderWith("seed-002.txt");
        temp.File("drafts/seed-000.txt", Letter("seed-000.txt"));
        temp.File("notes/keep.txt", Letter("seed-000.txt"));
        temp.File(".gitignore", "drafts/\n*.txt\n!keep.txt\n!seed-002.txt\n");
        var result = ImrProcess.Run(temp.Path, null, "check", ".");
        Assert.Contains("Checked 2 files:", result.Stdout);
        Assert.DoesNotContain("drafts/", result.Stdout);
        Assert.Contains("notes/keep.txt:79:37", result.Stdout);
        var all = ImrProcess.Run(temp.Path, null, "check", ".", "--no-ignore");
        Assert.Contains("drafts/seed-000.txt:79:37", all.Stdout);
    }

    [Fact]
    public void Globs_select_files()
    {
        var result = ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters/seed-*.txt");
        Assert.Contains("Checked 3 files:", result.Stdout);
        Assert.Equal(2, ImrProcess.Run(ImrProcess.RepoRoot, null, "check", "examples/letters/nothing-*.txt").ExitCode);
    }
}
