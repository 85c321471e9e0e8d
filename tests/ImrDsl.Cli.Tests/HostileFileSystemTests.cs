using System.Text.Json;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// A hostile file system under imr: FIFOs, device links, link loops, links to nothing, bad write targets. Every run
/// ends (exit 0, 1 or 2) within the harness's time and memory bounds, the ordinary files are still checked, and
/// nothing at a write target is damaged. Tests run as root, so "unreadable" is made of what root cannot read either:
/// links to nothing and links that loop.
/// </summary>
public class HostileFileSystemTests
{
    private const string Good = "imr001-missing-rationale.txt";

    private static Dictionary<string, List<string>> FindingsByFile(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => f.GetProperty("findings").EnumerateArray().Select(x => $"{x.GetProperty("ruleId").GetString()}: {x.GetProperty("message").GetString()}").ToList());
    }

    [Fact]
    public void A_folder_of_fifos_devices_loops_and_dangling_links_is_walked_once_and_each_oddity_is_reported()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("sub/b.txt", HostileHarness.Letter(Good));
        temp.File("deeper/.gitignore", "*a*a*a*a*a*a*a*a*a*a*a*a*b\n");
        temp.File("deeper/" + new string('a', 200) + ".txt", HostileHarness.Letter(Good));
        HostileHarness.Shell(temp.Path, string.Join(" && ",
            "mkfifo pipe.txt", "ln -s /dev/zero zero.md", "ln -s nowhere dangling.txt", "ln -s self.imr self.imr",
            "ln -s . loop1", "ln -s . loop2", "ln -s .. sub/up", "ln -s ../sub sub/again", "mkdir fifo-ignore && mkfifo fifo-ignore/.gitignore",
            "cp a.txt fifo-ignore/c.txt"));

        var result = HostileHarness.Run(temp.Path, "check", ".", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var files = FindingsByFile(result.Stdout);
        // Each real letter once, whatever the links: a.txt, sub/b.txt, the long-named one and fifo-ignore/c.txt.
        Assert.Equal(4, files.Count(f => f.Value.Any(x => x.StartsWith("IMR001", StringComparison.Ordinal))));
        Assert.Contains("IMR000: the file cannot be read: it is a named pipe (FIFO), not a regular file; imr reads only regular files", files["pipe.txt"]);
        Assert.Contains("IMR000: the file cannot be read: it is a device, not a regular file; imr reads only regular files", files["zero.md"]);
        Assert.Contains("does not exist", Assert.Single(files["dangling.txt"]));
        Assert.Contains("links loop", Assert.Single(files["self.imr"]));
        Assert.Contains("named pipe", Assert.Single(files["fifo-ignore/.gitignore"]));
        Assert.Equal(9, files.Count);
    }

    /// <summary>
    /// Root reads every folder, so this runs imr as the unprivileged user 65534 (setpriv, from util-linux), from a
    /// copy of its build output that user can read.
    /// </summary>
    [Fact]
    public void A_folder_that_cannot_be_listed_is_IMR000_and_the_rest_is_checked()
    {
        using var temp = new TempFolder();
        var tool = Path.Combine(temp.Path, "tool");
        Directory.CreateDirectory(tool);
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory).Where(f => f.EndsWith(".dll") || f.EndsWith(".json")))
            File.Copy(file, Path.Combine(tool, Path.GetFileName(file)));
        temp.File("letters/a.txt", HostileHarness.Letter(Good));
        temp.File("letters/closed/b.txt", HostileHarness.Letter(Good));
        HostileHarness.Shell(temp.Path, "chmod -R a+rX . && chmod 000 letters/closed");

        var result = HostileHarness.RunCommand(temp.Path, null, "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp",
            "dotnet", Path.Combine(tool, "imr.dll"), "check", "letters");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("letters/a.txt:17:1: error IMR001", result.Stdout);
        Assert.Contains("letters/closed:1:1: error IMR000: the file cannot be read: it is a folder that cannot be listed, so the files in it were not checked", result.Stdout);
        Assert.Contains("Checked 2 files:", result.Stdout);
    }

    [Theory]
    [InlineData("mkfifo in.txt")]
    [InlineData("ln -s /dev/zero in.txt")]
    [InlineData("ln -s /dev/urandom in.txt")]
    public void A_device_or_fifo_named_on_the_command_line_is_reported_and_the_other_files_are_checked(string fixture)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        HostileHarness.Shell(temp.Path, fixture);
        var result = HostileHarness.Run(temp.Path, "check", "in.txt", "a.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in.txt:1:1: error IMR000: the file cannot be read: it is a", result.Stdout);
        Assert.Contains("a.txt:17:1: error IMR001", result.Stdout);
    }

    [Fact]
    public void Standard_input_is_read_no_further_than_the_limit()
    {
        var result = HostileHarness.RunWithStdin(Path.GetTempPath(), "/dev/zero", "check", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:1:1: error IMR000: the file cannot be read: it is larger than 32 MB", result.Stdout);
    }

    [Theory]
    [InlineData("ln -s /dev/zero", "imr.json", "{ }", "imr.json: cannot be read: it is a device")]
    [InlineData("mkfifo", "imr.json", "{ }", "imr.json: cannot be read: it is a named pipe (FIFO)")]
    [InlineData("ln -s /dev/zero", "handbook.imr", """{ "catalogues": ["handbook.imr"] }""", "'catalogues' lists 'handbook.imr', which is not read: it is a device")]
    [InlineData("mkfifo", "handbook.imr", """{ "catalogues": ["handbook.imr"] }""", "'catalogues' lists 'handbook.imr', which is not read: it is a named pipe")]
    [InlineData("ln -s /dev/zero", "payer.imr", """{ "declarations": ["payer.imr"] }""", "'declarations' lists 'payer.imr', which is not read: it is a device")]
    [InlineData("mkfifo", "baseline.json", "{ }", "baseline.json: cannot be read: it is a named pipe")]
    public void A_config_or_a_file_it_names_that_is_a_device_or_fifo_is_a_usage_error(string make, string deviceName, string config, string expected)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        if (deviceName != "imr.json") temp.File("imr.json", config);
        HostileHarness.Shell(temp.Path, $"{make} {deviceName}");
        if (deviceName == "baseline.json")
        {
            var withBaseline = HostileHarness.Run(temp.Path, "check", "a.txt", "--baseline", "baseline.json");
            Assert.Equal(2, withBaseline.ExitCode);
            Assert.Contains(expected, withBaseline.Stderr);
            return;
        }
        var result = HostileHarness.Run(temp.Path, "check", "a.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
    }

    [Theory]
    [InlineData("ln -s /dev/zero used.imr")]
    [InlineData("mkfifo used.imr")]
    public void A_used_file_that_is_a_device_or_fifo_is_IMR213_at_the_use(string fixture)
    {
        using var temp = new TempFolder();
        temp.File("case.imr", "use \"used.imr\"\n");
        HostileHarness.Shell(temp.Path, fixture);
        var result = HostileHarness.Run(temp.Path, "check", "case.imr");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("case.imr:1:5: error IMR213: 'used.imr' cannot be read: it is a", result.Stdout);
    }

    /// <summary>Each bad write target, for each command that writes: a usage error, and the target as it was.</summary>
    [Theory]
    [InlineData("check a.txt --output {0}")]
    [InlineData("check a.txt --write-baseline {0}")]
    [InlineData("extract a.txt --output {0}")]
    public void Writing_to_a_folder_a_fifo_or_a_read_only_file_or_folder_is_a_usage_error_that_changes_nothing(string command)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("readonly.json", "keep me");
        temp.File("locked/report.json", "keep me too");
        HostileHarness.Shell(temp.Path, "mkdir folder && mkfifo pipe && ln -s pipe pipe-link && chmod 0444 readonly.json && chmod 0555 locked");
        var targets = new Dictionary<string, string>
        {
            ["folder"] = "it is a folder",
            ["pipe"] = "it is a named pipe (FIFO), not a regular file; imr writes only regular files",
            ["pipe-link"] = "it is a named pipe (FIFO)",
            ["readonly.json"] = "the file is read-only",
            ["locked/report.json"] = "its folder is read-only",
            ["missing/report.json"] = "its folder does not exist",
        };
        foreach (var (target, reason) in targets)
        {
            var result = HostileHarness.Run(temp.Path, string.Format(command, target).Split(' '));
            Assert.True(result.ExitCode == 2, $"{target}: {result}");
            Assert.Contains($"imr: cannot write '{target}': {reason}", result.Stderr);
        }
        HostileHarness.Shell(temp.Path, "test -p pipe && test -d folder && test -L pipe-link && test \"$(stat -c %a readonly.json)\" = 444");
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(temp.Path, "readonly.json")));
        Assert.Equal("keep me too", File.ReadAllText(Path.Combine(temp.Path, "locked", "report.json")));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.imr-tmp", SearchOption.AllDirectories));
    }

    /// <summary>
    /// The output may never be a file the run reads: a letter named, walked or reached through a link, the baseline, the
    /// config or a rules file. Each is refused (exit 2) and left byte for byte as it was, with no temporary file behind.
    /// </summary>
    [Theory]
    [InlineData("check a.txt -o a.txt", "a.txt", "is the input 'a.txt'")]
    [InlineData("check . -o letters/b.txt", "letters/b.txt", "is the input 'link.txt'")] // the walk checks the file once, as the link it meets first
    [InlineData("check letters --format json -o link.txt", "letters/b.txt", "is the input 'letters/b.txt'")]
    [InlineData("check a.txt --baseline base.json -o base.json", "base.json", "which this run reads")]
    [InlineData("check a.txt --write-baseline imr.json", "imr.json", "which this run reads")]
    [InlineData("check a.txt --rules house.imr --write-baseline house.imr", "house.imr", "which this run reads")]
    [InlineData("check a.txt --format html -o letters/b.txt", "letters/b.txt", "")] // not an input of this run: written
    [InlineData("extract link.txt --output letters/b.txt", "letters/b.txt", "is the letter being read")]
    public void An_output_that_is_a_file_the_run_reads_is_refused_and_left_as_it_was(string command, string file, string refusal)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("letters/b.txt", HostileHarness.Letter(Good));
        temp.File("imr.json", "{ \"rules\": { \"IMR006\": \"off\" } }");
        temp.File("house.imr", "namespace House\n");
        HostileHarness.Shell(temp.Path, "ln -s letters/b.txt link.txt");
        Assert.Equal(0, HostileHarness.Run(temp.Path, "check", "a.txt", "--write-baseline", "base.json").ExitCode);
        var before = File.ReadAllBytes(Path.Combine(temp.Path, file));

        var result = HostileHarness.Run(temp.Path, command.Split(' '));

        if (refusal.Length == 0)
        {
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.NotEqual(before, File.ReadAllBytes(Path.Combine(temp.Path, file)));
            return;
        }
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(refusal, result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(temp.Path, file)));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.imr-tmp", SearchOption.AllDirectories));
    }

    /// <summary>
    /// Standard input is a letter too: the file it was redirected from, and the file --stdin-filename says it holds (an
    /// editor's buffer of it), are never replaced by the report or a baseline. A hostile-input probe found each of these
    /// commands wrote its report over the letter.
    /// </summary>
    [Theory]
    [InlineData("a.txt", "check - -o a.txt", "a.txt", true)]
    [InlineData("a.txt", "check - --format json --output a.txt", "a.txt", true)]
    [InlineData("letters/b.txt", "check - --stdin-filename a.txt -o a.txt", "a.txt", true)]
    [InlineData("a.txt", "report - -o a.txt", "a.txt", true)]
    [InlineData("a.txt", "check - --write-baseline a.txt", "a.txt", true)]
    [InlineData("a.txt", "check - -o letters/b.txt", "letters/b.txt", false)] // not the input: written
    public void An_output_that_is_the_file_standard_input_holds_is_refused_and_left_as_it_was(string stdin, string command, string file, bool refused)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("letters/b.txt", HostileHarness.Letter(Good));
        var before = File.ReadAllBytes(Path.Combine(temp.Path, file));

        var result = HostileHarness.RunWithStdin(temp.Path, Path.Combine(temp.Path, stdin), command.Split(' '));

        if (!refused)
        {
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.NotEqual(before, File.ReadAllBytes(Path.Combine(temp.Path, file)));
            return;
        }
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("it was not overwritten", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(temp.Path, file)));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.imr-tmp", SearchOption.AllDirectories));
    }

    /// <summary>A report that cannot be written (a full disk, a closed standard output) is a clear message and exit 2, not a crash.</summary>
    [Theory]
    [InlineData(">/dev/full", "check . --format json", "No space left on device")]
    [InlineData(">/dev/full", "check a.txt", "No space left on device")]
    [InlineData(">&-", "check a.txt", "Bad file descriptor")]
    [InlineData(">&-", "check . --format sarif", "Bad file descriptor")]
    public void A_report_that_cannot_be_written_is_a_message_and_exit_2(string redirection, string command, string reason)
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 40; i++) temp.File($"letters/{i:00}.txt", HostileHarness.Letter(Good));
        temp.File("a.txt", HostileHarness.Letter(Good));
        var result = HostileHarness.RunWithShellWords(temp.Path, redirection, command.Split(' '));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"imr: the output could not be written: {reason}", result.Stderr);
        Assert.DoesNotContain("Unhandled exception", result.Stderr);
    }

    /// <summary>Commands that read standard input, started with it closed, say so (exit 2) instead of waiting for ever.</summary>
    [Theory]
    [InlineData("check -")]
    [InlineData("check - --stdin-filename a.txt")]
    [InlineData("fmt -")]
    [InlineData("lsp")]
    public void A_closed_standard_input_is_a_usage_error_not_a_hang(string command)
    {
        using var temp = new TempFolder();
        var result = HostileHarness.RunWithShellWords(temp.Path, "<&-", command.Split(' '));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("imr: standard input is closed", result.Stderr);
    }

    /// <summary>
    /// A link to nothing named on the command line is an unreadable input (IMR000) and the other inputs are checked, as
    /// inside a folder; a path that names nothing at all is still a usage error.
    /// </summary>
    [Fact]
    public void A_dangling_link_named_on_the_command_line_is_reported_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        HostileHarness.Shell(temp.Path, "ln -s nowhere.txt dangling.txt");

        var result = HostileHarness.Run(temp.Path, "check", "dangling.txt", "a.txt");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("dangling.txt:1:1: error IMR000: the file cannot be read: it is a link to nothing", result.Stdout);
        Assert.Contains("a.txt:17:1: error IMR001", result.Stdout);

        var missing = HostileHarness.Run(temp.Path, "check", "nothing-here.txt", "a.txt");
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("'nothing-here.txt' does not exist", missing.Stderr);
    }

    /// <summary>
    /// .NET reads file names as UTF-8; a name with other bytes (Latin-1 from an old zip, a stray 0xFF) cannot be opened.
    /// Each one, a file or a folder, found by a walk or named on the command line, is IMR000 saying why, never "does not
    /// exist" and never passed over; the other letters are checked.
    /// </summary>
    [Fact]
    public void A_name_that_is_not_UTF8_is_reported_as_such_and_the_rest_is_checked()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        HostileHarness.Shell(temp.Path, string.Join(" && ",
            "cp a.txt \"$(printf 'caf\\351.txt')\"", "cp a.txt \"$(printf 'stray-\\377.md')\"",
            "mkdir \"$(printf 'dossier-\\351')\"", "cp a.txt \"$(printf 'dossier-\\351')/inside.txt\"",
            "cp a.txt \"$(printf 'photo-\\351.jpg')\"", "mkdir .hidden && cp a.txt \"$(printf '.hidden/x\\351.txt')\""));

        var walked = HostileHarness.Run(temp.Path, "check", ".", "--format", "json");
        Assert.True(walked.ExitCode == 1, walked.ToString());
        var files = FindingsByFile(walked.Stdout);
        var expected = "IMR000: the file cannot be read: " + ImrDsl.Cli.Input.SafeFile.NotUtf8Name;
        foreach (var name in new[] { "caf\uFFFD.txt", "stray-\uFFFD.md", "dossier-\uFFFD", "photo-\uFFFD.jpg" })
            Assert.True(files.TryGetValue(name, out var found) && found.SequenceEqual(new[] { expected }), $"{name}: {walked}");
        Assert.Contains(files["a.txt"], f => f.StartsWith("IMR001", StringComparison.Ordinal));
        Assert.Equal(5, files.Count); // nothing from the hidden folder

        var named = HostileHarness.RunWithShellWords(temp.Path, "\"$(printf 'caf\\351.txt')\"", "check", "a.txt");
        Assert.True(named.ExitCode == 1, named.ToString());
        Assert.Contains("caf\uFFFD.txt:1:1: error IMR000: the file cannot be read: " + ImrDsl.Cli.Input.SafeFile.NotUtf8Name, named.Stdout);
        Assert.Contains("a.txt:17:1: error IMR001", named.Stdout);
    }

    /// <summary>
    /// A folder nested so deep that its path passes the system's limit (4,096 bytes on Linux) cannot be looked up by
    /// path: it is IMR000 saying so, whatever its name, and never passed over without a word.
    /// </summary>
    [Fact]
    public void A_folder_whose_path_is_too_long_is_reported_and_the_rest_is_checked()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        var name = new string('x', 200);
        // Built from the bottom up, one level at a time under a new top, so no command ever names the whole path.
        HostileHarness.Shell(temp.Path, $"mkdir deep && cp a.txt deep/b.txt && for i in $(seq 30); do mkdir top && mv deep top/{name} && mv top deep; done");

        var result = HostileHarness.Run(temp.Path, "check", ".", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        var files = FindingsByFile(result.Stdout);
        Assert.Contains(files["a.txt"], f => f.StartsWith("IMR001", StringComparison.Ordinal));
        var deep = Assert.Single(files, f => f.Key.StartsWith("deep/", StringComparison.Ordinal));
        Assert.Equal(new[] { "IMR000: the file cannot be read: its path is too long" }, deep.Value);
        Assert.Equal(2, files.Count);
    }

    /// <summary>An imr.json or a baseline that is empty, cut short or of the wrong shape is described in plain words (exit 2).</summary>
    [Theory]
    [InlineData("imr.json", "", "check a.txt", "imr.json: is empty; it must hold a JSON object")]
    [InlineData("imr.json", "{ \"rules\": ", "check a.txt", "imr.json: is not valid JSON (line 1, column")]
    [InlineData("b.json", "", "check a.txt --baseline b.json", "b.json: is not a baseline written by imr check --write-baseline: it is empty")]
    [InlineData("b.json", "[1, 2]", "check a.txt --baseline b.json", "b.json: is not a baseline written by imr check --write-baseline (it must be a JSON object")]
    [InlineData("b.json", "{\"version\": 1, \"files\": []}", "check a.txt --baseline b.json", "(it must be a JSON object whose \"files\" is an object")]
    [InlineData("b.json", "{\"version\": 1, \"files\": {\"a.txt\": {\"IMR001\": \"x\"}}}", "check a.txt --baseline b.json", "(each file must map rule IDs to counts)")]
    public void A_broken_config_or_baseline_is_described_in_plain_words(string file, string content, string command, string expected)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File(file, content);
        var result = HostileHarness.Run(temp.Path, command.Split(' '));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Stderr);
        foreach (var jargon in new[] { "isFinalBlock", "element of type", "Exception" }) Assert.DoesNotContain(jargon, result.Stderr);
    }

    [Fact]
    public void A_report_is_readable_by_its_owner_alone_until_it_replaces_a_file_whose_mode_it_takes()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("shared.json", "old");
        HostileHarness.Shell(temp.Path, "chmod 0644 shared.json");
        Assert.Equal(1, HostileHarness.Run(temp.Path, "check", "a.txt", "--format", "json", "-o", "new.json").ExitCode);
        Assert.Equal(1, HostileHarness.Run(temp.Path, "check", "a.txt", "--format", "json", "-o", "shared.json").ExitCode);
        HostileHarness.Shell(temp.Path, "test \"$(stat -c %a new.json)\" = 600 && test \"$(stat -c %a shared.json)\" = 644");
    }

    [Fact]
    public void Writing_through_a_link_updates_its_target_and_keeps_mode_and_owner()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("reports/real.json", "old");
        HostileHarness.Shell(temp.Path, "ln -s reports/real.json out.json && chmod 0640 reports/real.json && chown 1234:2345 reports/real.json");

        var result = HostileHarness.Run(temp.Path, "check", "a.txt", "--format", "json", "--output", "out.json");

        Assert.Equal(1, result.ExitCode);
        HostileHarness.Shell(temp.Path, "test -L out.json && test \"$(stat -c '%a %u %g' reports/real.json)\" = '640 1234 2345'");
        Assert.Contains("IMR001", File.ReadAllText(Path.Combine(temp.Path, "reports", "real.json")));
    }

    [Fact]
    public void Fmt_writes_through_links_keeps_the_mode_and_reports_an_unreadable_input_without_stopping()
    {
        using var temp = new TempFolder();
        temp.File("real/a.imr", "record   R {\n  name: text\n}\n");
        HostileHarness.Shell(temp.Path, "ln -s real/a.imr link.imr && chmod 0755 real/a.imr && mkfifo b.imr");

        var result = HostileHarness.Run(temp.Path, "fmt", "link.imr", "b.imr");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("b.imr:1:1: error IMR000: not formatted: the file cannot be read: it is a named pipe", result.Stderr);
        Assert.Equal("record R {\n  name: text\n}\n", File.ReadAllText(Path.Combine(temp.Path, "real", "a.imr")));
        HostileHarness.Shell(temp.Path, "test -L link.imr && test \"$(stat -c %a real/a.imr)\" = 755 && test -p b.imr");
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_run_are_removed_by_the_next_write_and_live_ones_are_not()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        // PID 1 is alive (its file belongs to a running writer); 2147483646 is not a process.
        temp.File(".report.json.2147483646.0123456789abcdef.imr-tmp", "left by a killed run");
        temp.File(".report.json.1.0123456789abcdef.imr-tmp", "being written");

        var result = HostileHarness.Run(temp.Path, "check", "a.txt", "--output", "report.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(new[] { ".report.json.1.0123456789abcdef.imr-tmp" }, Directory.GetFiles(temp.Path, "*.imr-tmp").Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("check a.txt --jobs 0", "--jobs must be from 1 to 256")]
    [InlineData("check a.txt --jobs -5", "--jobs must be from 1 to 256")]
    [InlineData("check a.txt --jobs 257", "--jobs must be from 1 to 256")]
    [InlineData("check a.txt --jobs 2147483647", "--jobs must be from 1 to 256")]
    [InlineData("report a.txt --jobs 100000000", "--jobs must be from 1 to 256")]
    [InlineData("report a.txt --jobs 0", "--jobs must be from 1 to 256")]
    [InlineData("fmt a.txt", "'a.txt' is not an .imr file")]
    [InlineData("fmt sub", "no .imr files in 'sub'")]
    public void Calls_that_would_do_nothing_or_nonsense_are_usage_errors(string command, string expected)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", HostileHarness.Letter(Good));
        temp.File("sub/notes.txt", "notes");
        var result = HostileHarness.Run(temp.Path, command.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
    }
}
