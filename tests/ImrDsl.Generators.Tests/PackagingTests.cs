using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace ImrDsl.Generators.Tests;

/// <summary>
/// The packages, made once for the class: the libraries (ImrDsl, ImrDsl.Language, ImrDsl.Pdf, ImrDsl.Domain) and
/// ImrDsl.Generators in a local feed. (The README's developer command packs the whole solution; packing the ones a
/// consumer restores is the same packing, without building every test project again.) Consumers and tools restore into a private package folder, so a stale
/// 0.1.0 in the user's NuGet cache cannot stand in for the packages just made.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("imr-packages-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public Dictionary<string, string> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget"),
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    public PackedFeed()
    {
        foreach (var project in new[] { "src/ImrDsl", "src/ImrDsl.Language", "src/ImrDsl.Pdf", "src/ImrDsl.Domain", "generators/ImrDsl.Generators" })
        {
            var (exit, output) = DotNet.Run(Repo.Root, $"pack {project} -c {DotNet.Configuration} -o \"{Feed}\" -nologo");
            if (exit != 0) throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
        }
    }

    public void Dispose() => Directory.Delete(Root, true);
}

/// <summary>
/// The ways in to ImrDsl, as README.md's "Installing" section writes them, run as written by real processes: the tool
/// packed and installed (globally and in a tool manifest), the self-contained binary on a machine path with no
/// `dotnet`, and a console app made with `dotnet new` and `dotnet add package ImrDsl.Generators` alone.
/// </summary>
[Collection(RealDotNetBuilds.Name)]
public class PackagingTests(PackedFeed packed) : IClassFixture<PackedFeed>
{
    private static readonly string Readme = File.ReadAllText(Repo.PathOf("README.md")).Replace("\r\n", "\n");

    /// <summary>The finding the README says the example letters give, by whichever way imr was installed.</summary>
    private const string Seed000Finding = "seed-000.txt:79:37: error IMR002: 'Muscle Relaxers' is on pages 63-66";

    [Fact]
    public void The_readme_tool_install_gives_an_imr_that_prints_its_version_and_checks_the_example_letters()
    {
        // Global tools go under DOTNET_CLI_HOME: a private one keeps this install off the machine's PATH and tools.
        var home = Path.Combine(packed.Root, "home");
        var environment = packed.Environment;
        environment["DOTNET_CLI_HOME"] = home;
        var imr = Path.Combine(home, ".dotnet", "tools", "imr");

        var commands = ReadmeBlock("dotnet pack src/ImrDsl.Cli");
        Assert.Equal(4, commands.Count);
        var (pack, install, version, check) = (commands[0], commands[1], commands[2], commands[3]);

        var packed0 = RunAsWritten(pack, Repo.Root, environment: null); // packing restores the repository's own way
        Assert.True(packed0.Exit == 0, packed0.Output);
        Assert.True(File.Exists(Path.Combine(packed.Feed, "ImrDsl.Cli.0.1.0.nupkg")), packed0.Output);

        // One ReadyToRun package per common platform and a portable one for the rest, behind the package the README names.
        foreach (var rid in new[] { "linux-x64", "win-x64", "osx-arm64", "any" })
            Assert.True(File.Exists(Path.Combine(packed.Feed, $"ImrDsl.Cli.{rid}.0.1.0.nupkg")), $"no {rid} tool package:\n{packed0.Output}");
        Assert.False(IsReadyToRun(ToolAssemblyIn(Path.Combine(packed.Feed, "ImrDsl.Cli.any.0.1.0.nupkg"))), "the portable tool package must hold IL that any platform can run");

        var installed = RunAsWritten(install, Repo.Root, environment);
        Assert.True(installed.Exit == 0, installed.Output);
        Assert.True(File.Exists(imr), installed.Output);
        // On this linux-x64 machine the install must pick the precompiled package: a portable one JIT-compiles imr at every start.
        var installedImr = Directory.GetFiles(Path.Combine(home, ".dotnet", "tools", ".store"), "imr.dll", SearchOption.AllDirectories).Single();
        Assert.Contains($"{Path.DirectorySeparatorChar}linux-x64{Path.DirectorySeparatorChar}", installedImr);
        Assert.True(IsReadyToRun(File.ReadAllBytes(installedImr)), installedImr + " is not ReadyToRun");

        Assert.Equal("imr --version", version);
        var printed = RunAsWritten(version, Repo.Root, environment, imr);
        Assert.True(printed.Exit == 0, printed.Output);
        Assert.Equal($"0.1.0+{HeadCommit()}", printed.Output.Trim());

        var checkedLetters = RunAsWritten(check, Repo.Root, environment, imr);
        Assert.Equal(1, checkedLetters.Exit);
        Assert.Contains("examples/letters/" + Seed000Finding, checkedLetters.Output);

        // The local tool manifest, in a repository of letters of its own (the tool is in the feed from above).
        var project = Directory.CreateDirectory(Path.Combine(packed.Root, "letters-repo")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "letters"));
        File.Copy(Repo.PathOf("examples", "letters", "seed-000.txt"), Path.Combine(project, "letters", "seed-000.txt"));
        var local = ReadmeBlock("dotnet new tool-manifest");
        Assert.Equal(3, local.Count);
        foreach (var command in local.Take(2))
        {
            var step = RunAsWritten(command, project, environment);
            Assert.True(step.Exit == 0, command + "\n" + step.Output);
        }
        Assert.Contains("\"imrdsl.cli\"", File.ReadAllText(Path.Combine(project, "dotnet-tools.json")));
        var run = RunAsWritten(local[2], project, environment);
        Assert.Equal(1, run.Exit);
        Assert.Contains("letters/" + Seed000Finding, run.Output);
    }

    [Fact]
    public void The_linux_binary_checks_the_example_letters_on_a_path_with_no_dotnet()
    {
        var script = ReadmeBlock("src/ImrDsl.Cli/publish-binaries.sh").Single();
        // The README's command makes all three platforms; one is enough to test the script (the others take minutes).
        // Builds and test runs beside the script use the projects' own bin/ outputs: the script must leave them alone.
        var ownOutputs = Directory.GetFiles(Repo.PathOf("src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && (f.EndsWith(".dll") || f.EndsWith(".pdb")))
            .ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var (exit, output) = DotNet.RunProgram(Repo.PathOf(script), Repo.Root, "linux-x64");
        Assert.True(exit == 0, output);
        var touched = ownOutputs.Where(o => !File.Exists(o.Key) || File.GetLastWriteTimeUtc(o.Key) != o.Value).Select(o => o.Key).ToList();
        Assert.True(touched.Count == 0, "the script replaced or deleted build outputs: " + string.Join(", ", touched.Take(5)));
        var folder = Repo.PathOf("artifacts", "binaries", "linux-x64");
        Assert.Equal(new[] { "imr" }, Directory.GetFiles(folder).Select(Path.GetFileName));

        // Nothing but an empty folder on PATH and no other variable: no dotnet, no DOTNET_ROOT, no HOME.
        var emptyPath = new Dictionary<string, string> { ["PATH"] = Directory.CreateDirectory(Path.Combine(packed.Root, "empty-bin")).FullName };
        var binary = Path.Combine(folder, "imr");
        var version = DotNet.RunProgram(binary, Repo.Root, "--version", emptyPath, clearEnvironment: true);
        Assert.Equal(0, version.Exit);
        Assert.Equal($"0.1.0+{HeadCommit()}", version.Output.Trim());
        var check = DotNet.RunProgram(binary, Repo.PathOf("examples"), "check letters", emptyPath, clearEnvironment: true);
        Assert.Equal(1, check.Exit);
        Assert.Contains("letters/" + Seed000Finding, check.Output);
    }

    [Fact]
    public void A_console_app_with_only_the_generator_package_declares_a_record_over_DisputedItem_and_data_files_never_break_its_build()
    {
        var environment = packed.Environment;
        // The README's lines after its pack command (made by the fixture): cd .. && dotnet new console -o Clinic && cd Clinic,
        // then add the package. They start in the clone, and the project they make must be outside it: the clone's
        // Directory.Build.props would otherwise shape the consumer's build (and hide its warnings).
        var commands = ReadmeBlock("dotnet pack ImrDsl.sln");
        Assert.Equal(3, commands.Count);
        var clone = Directory.CreateDirectory(Path.Combine(packed.Root, "ImrDsl")).FullName;
        var folder = clone;
        foreach (var part in commands[1].Split("&&", StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("cd ", StringComparison.Ordinal))
            {
                folder = Path.Combine(folder, part[3..]);
                continue;
            }
            var step = RunAsWritten(part, folder, environment);
            Assert.True(step.Exit == 0, part + "\n" + step.Output);
        }
        var added = RunAsWritten(commands[2], folder, environment);
        Assert.True(added.Exit == 0, added.Output);
        Assert.False(Path.GetFullPath(folder).StartsWith(clone + Path.DirectorySeparatorChar, StringComparison.Ordinal), $"the README makes the project inside the clone: {folder}");

        // The README's example declarations, in the imr/ folder; a case document with mistakes beside them is data.
        Write(folder, "imr/clinic.imr", ReadmeImrExample());
        Write(folder, "cases/broken.imr", "review \"A1\" {\n  item \"Norco\" {\n    outcome = upheldd\n");
        Write(folder, "Program.cs", """
            using Clinic.Model;
            using ImrDsl.Runtime;

            var item = new DisputedItem { Service = "Norco 10/325mg #120", Outcome = Outcome.Upheld, Rationale = "TBD" };
            var review = new ClinicReview { Claim = "A1", Items = new ValueList<DisputedItem>(new[] { item }) };
            foreach (var finding in ImrValidation.Validate(review, Guidelines.Context))
                Console.WriteLine(finding);
            Console.WriteLine(typeof(Determination).FullName);
            """);

        var built = DotNet.Run(folder, "build -nologo", environment);
        Assert.True(built.Exit == 0, built.Output);
        // No warning at all: neither NU1603 from the packages' dependencies nor anything from the generated code.
        Assert.Contains(" 0 Warning(s)", built.Output);
        var ran = DotNet.Run(folder, "run --no-build", environment);
        Assert.True(ran.Exit == 0, ran.Output);
        Assert.Contains(":0:0: error CLN001: the rationale for 'Norco 10/325mg #120' is a placeholder", ran.Output);
        // The standard library's rules are compiled beside the project's own, into the project's namespace.
        Assert.Contains("warning IMR006: 'Norco 10/325mg #120' has no reviewer (MAXIMUS) guideline citation", ran.Output);
        Assert.Contains("Clinic.Model.Determination", ran.Output);

        // A mistake in a declaration is a build error at its line and column: the data file passed because it is data.
        Write(folder, "imr/payer.imr", "record PayerNote {\n  when: dat\n}\n");
        var broken = DotNet.Run(folder, "build -nologo", environment);
        Assert.NotEqual(0, broken.Exit);
        Assert.Contains("imr/payer.imr(2,9): error IMR201: unknown type 'dat'", broken.Output);
        Assert.DoesNotContain("broken.imr", broken.Output);
        File.Delete(Path.Combine(folder, "imr", "payer.imr"));

        // Reading case documents at run time is the language package's part. It depends on Sprache from nuget.org, so the
        // folder becomes a package source beside it, as the README says, and the package is added the ordinary way.
        foreach (var command in ReadmeBlock("dotnet new nugetconfig"))
        {
            var step = RunAsWritten(command, folder, environment);
            Assert.True(step.Exit == 0, command + "\n" + step.Output);
        }
        Assert.Contains("ImrDsl.Language", File.ReadAllText(Path.Combine(folder, "Clinic.csproj")));
        Write(folder, "Program.cs", """
            using Clinic.Model;

            var file = ImrDsl.Parsing.ImrParser.Parse("review.imr", "review \"A1\" {\n  item \"Baclofen 10mg #60\" {\n    outcome = upheld\n    rationale = \"TBD\"\n  }\n}\n");
            foreach (var review in ClinicReview.ReadDocuments(ImrDsl.Binding.BlockReader.Documents(file)))
                foreach (var finding in ImrValidation.Validate(review, Guidelines.Context))
                    Console.WriteLine(finding);
            """);
        var read = DotNet.Run(folder, "run -nologo", environment);
        Assert.True(read.Exit == 0, read.Output);
        Assert.Contains("review.imr:4:17: error CLN001: the rationale for 'Baclofen 10mg #60' is a placeholder", read.Output);

        // The ready-made model and letter reader, added the same way: its dependencies restore exactly (OpenXml's old
        // System.IO.Packaging range once warned NU1603 in every consumer), and it reads a letter.
        var domain = RunAsWritten("dotnet add package ImrDsl.Domain", folder, environment);
        Assert.True(domain.Exit == 0, domain.Output);
        Assert.DoesNotContain("NU1", domain.Output);
        Write(folder, "letter.txt", File.ReadAllText(Repo.PathOf("examples", "letters", "seed-000.txt")));
        Write(folder, "Program.cs", """
            var letter = ImrDsl.Domain.Letters.LetterReader.Standard.Read(new ImrDsl.Text.SourceFile("letter.txt", File.ReadAllText("letter.txt")));
            Console.WriteLine($"{letter.Items.Count} item: {letter.Items[0].Service}");
            """);
        var withDomain = DotNet.Run(folder, "build -nologo", environment);
        Assert.True(withDomain.Exit == 0, withDomain.Output);
        Assert.Contains(" 0 Warning(s)", withDomain.Output);
        var letterRead = DotNet.Run(folder, "run --no-build", environment);
        Assert.True(letterRead.Exit == 0, letterRead.Output);
        Assert.Contains("1 item: Lioresal (Baclofen) 10 mg #60 with 3 refills", letterRead.Output);
    }

    /// <summary>The commands of the ```sh block of README.md's Installing section that starts with <paramref name="firstCommand"/>, comments removed.</summary>
    private static List<string> ReadmeBlock(string firstCommand)
    {
        var section = Regex.Match(Readme, @"\n## Installing\n(?<body>.*?)\n## ", RegexOptions.Singleline);
        Assert.True(section.Success, "README.md has no Installing section");
        foreach (Match block in Regex.Matches(section.Groups["body"].Value, @"```sh\n(?<code>.*?)```", RegexOptions.Singleline))
        {
            var lines = block.Groups["code"].Value.Split('\n')
                .Select(line => Regex.Replace(line, @"\s+#.*$", "").Trim())
                .Where(line => line.Length > 0).ToList();
            if (lines.Count > 0 && lines[0].StartsWith(firstCommand, StringComparison.Ordinal)) return lines;
        }
        throw new InvalidOperationException($"README.md's Installing section has no ```sh block starting with '{firstCommand}'");
    }

    /// <summary>The ```imr example of README.md's Installing section.</summary>
    private static string ReadmeImrExample()
    {
        var section = Regex.Match(Readme, @"\n## Installing\n.*?```imr\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(section.Success, "README.md's Installing section has no ```imr example");
        return section.Groups["code"].Value;
    }

    /// <summary>
    /// Runs a README command as written, except that the folder it names for packages (`packages`, `../packages`) is
    /// the test's feed. `dotnet ...` runs dotnet; `imr ...` runs <paramref name="imr"/>, the installed tool.
    /// </summary>
    private (int Exit, string Output) RunAsWritten(string command, string folder, Dictionary<string, string>? environment, string? imr = null)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word is "packages" or "../packages" ? $"\"{packed.Feed}\"" : word).ToList();
        var program = words[0] switch
        {
            "dotnet" => "dotnet",
            "imr" => imr ?? throw new InvalidOperationException("no installed imr to run: " + command),
            _ => throw new InvalidOperationException("the README's install commands run dotnet or imr, not: " + command),
        };
        return DotNet.RunProgram(program, folder, string.Join(' ', words.Skip(1)), environment);
    }

    private static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Whether an assembly carries precompiled native code: ReadyToRun images have a managed native header.</summary>
    private static bool IsReadyToRun(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>The tool's own assembly (imr.dll) inside a tool package.</summary>
    private static byte[] ToolAssemblyIn(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.Name == "imr.dll");
        using var stream = entry.Open();
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The commit the tests run on: what `imr --version` must print after the version.</summary>
    private static string HeadCommit()
    {
        var (exit, output) = DotNet.RunProgram("git", Repo.Root, "rev-parse HEAD");
        Assert.True(exit == 0, "git rev-parse HEAD: " + output);
        return output.Trim();
    }
}
