using FsCheck;
using FsCheck.Fluent;
using ImrDsl.Cli.Input;

namespace ImrDsl.Cli.Tests;

/// <summary>
/// The inputs of a run, held compactly (<see cref="InputList"/>: a folder shared by its files, and a name): every path
/// comes back exactly as it went in, in ordinal order per argument, each file once, on names chosen to be awkward for
/// ordering ('-', '.' and ' ' sort before '/'; letters beyond ASCII; pairs of surrogates).
/// </summary>
public class InputOrderTests
{
    /// <summary>Pieces of names: those that sort just before or after '/', case, and characters beyond ASCII.</summary>
    private static readonly string[] Pieces = { "a", "b", "A", "-", ".", " ", "_", "~", "0", "é", "\u00a0", "\ud83d\ude00", "a-b", "a.b" };

    private static readonly Gen<string> Name = Gen.ArrayOf(Gen.Elements(Pieces)).Where(p => p.Length is > 0 and < 4).Select(string.Concat)
        .Where(n => n is not "." and not ".." && !n.StartsWith('.'));

    [Fact]
    public void Joined_comparison_agrees_with_ordinal_comparison_of_the_joined_strings()
    {
        var text = Gen.ArrayOf(Gen.Elements(Pieces.Append("/").ToArray())).Where(p => p.Length < 6).Select(string.Concat);
        var split = from s in text from cut in Gen.Choose(0, s.Length) select (s[..cut], s[cut..]);
        Prop.ForAll(split.ToArbitrary(), split.ToArbitrary(), (x, y) =>
        {
            var expected = Math.Sign(string.CompareOrdinal(x.Item1 + x.Item2, y.Item1 + y.Item2));
            Assert.Equal(expected, Math.Sign(InputList.CompareJoined(x.Item1, x.Item2, y.Item1, y.Item2)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_path_comes_back_exactly_with_its_problem_and_sorted_ordinally()
    {
        var path = Gen.ArrayOf(Name).Where(p => p.Length is > 0 and < 5).Select(p => "/w/" + string.Join('/', p));
        var paths = Gen.ArrayOf(path).Select(p => p.Distinct(StringComparer.Ordinal).ToArray());
        Prop.ForAll(paths.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (all, stdinAt) =>
        {
            var cwd = "/w/a";
            var list = new InputList(cwd);
            for (var i = 0; i < all.Length; i++) list.Add(all[i], i % 3 == 0 ? $"problem {all[i]}" : null);
            var stdin = new InputFile("<stdin>", null);
            list.Add(stdin);
            list.Sort(0, all.Length);

            Assert.Equal(all.Order(StringComparer.Ordinal), list.Take(all.Length).Select(f => f.FullPath));
            foreach (var file in list.Take(all.Length))
            {
                Assert.Equal(InputFiles.Display(file.FullPath!, cwd), file.DisplayPath);
                Assert.Equal(Array.IndexOf(all, file.FullPath) % 3 == 0 ? $"problem {file.FullPath}" : null, file.Problem);
            }
            Assert.Same(stdin, list[all.Length]);
            Assert.Equal(all.Length + 1, list.Count);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// Contexts are found per folder, not per input: each folder's imr.json governs its letters in one run, and a broken
    /// one is found before any work, even when it governs only the last input (nothing is reported, exit 2).
    /// </summary>
    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Each_folder_has_its_own_config_and_a_broken_one_stops_the_run_before_any_report(string jobs)
    {
        using var temp = new TempFolder();
        var letter = HostileHarness.Letter("imr001-missing-rationale.txt");
        foreach (var folder in new[] { "a", "a-b", "b", "zz" })
            for (var i = 0; i < 3; i++) temp.File($"{folder}/letter-{i}.txt", letter);
        temp.File("a/imr.json", """{ "rules": { "IMR001": "off" } }""");
        temp.File("b/imr.json", """{ "rules": { "IMR001": "warning" } }""");
        temp.File("zz/imr.json", """{ "rules": { "IMR001": "info" } }""");

        var run = ImrProcess.Run(temp.Path, null, "check", "--jobs", jobs, "--format", "github", ".");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        // "a-b" before "a/": '-' sorts before '/'; a/ has IMR001 off; then b (warnings), zz (notices).
        Assert.Equal(new[] { "a-b/letter-0.txt", "a-b/letter-1.txt", "a-b/letter-2.txt", "b/letter-0.txt", "b/letter-1.txt", "b/letter-2.txt", "zz/letter-0.txt", "zz/letter-1.txt", "zz/letter-2.txt" },
            lines.Select(l => l.Split("file=")[1].Split(',')[0]).Distinct());
        Assert.All(lines.Where(l => l.Contains("file=a-b/")), l => Assert.StartsWith("::error ", l));
        Assert.All(lines.Where(l => l.Contains("file=b/")), l => Assert.StartsWith("::warning ", l));
        Assert.All(lines.Where(l => l.Contains("file=zz/")), l => Assert.StartsWith("::notice ", l));

        temp.File("zz/imr.json", """{ "rules": { "IMR001": "loud" } }""");
        var broken = ImrProcess.Run(temp.Path, null, "check", "--jobs", jobs, ".");

        Assert.Equal(2, broken.ExitCode);
        Assert.Equal(string.Empty, broken.Stdout);
        Assert.Contains("zz/imr.json", broken.Stderr);
    }

    /// <summary>
    /// A random tree: letters in nested folders with awkward names, files that are not letters, a hidden folder and an
    /// ignored name, and by <see cref="Oddity"/>: 0 nothing more, 1 links that loop and a link to nothing, 2 a link to
    /// a letter, 3 a second hard link to a letter, 4 a .gitignore that is a FIFO (it cannot be read), 5 letters that are
    /// FIFOs (reported, not read) beside a folder with a letter's name and an empty hidden one that has one too.
    /// </summary>
    private sealed record Tree(string[] Files, string[] Folders, int[] Arguments, int Oddity, int Pick);

    private static readonly Gen<Tree> Trees =
        from folders in Gen.ArrayOf(Gen.ArrayOf(Name).Where(p => p.Length is > 0 and < 4).Select(p => string.Join('/', p))).Where(f => f.Length < 6)
        from files in Gen.ArrayOf(
            from folder in Gen.Elements(folders.Prepend("").Append(".hidden").Append("ignored-folder").ToArray())
            from name in Name
            from extension in Gen.Elements(".txt", ".md", ".imr", ".TXT", ".json", "")
            select (folder.Length == 0 ? "" : folder + "/") + name + extension).Where(f => f.Length < 25)
        from arguments in Gen.ArrayOf(Gen.Choose(0, 40)).Where(a => a.Length is > 0 and < 4)
        from oddity in Gen.Choose(0, 5)
        from pick in Gen.Choose(0, 1000)
        select new Tree(files.Distinct(StringComparer.Ordinal).Append("ignored-file.txt").ToArray(), folders, arguments, oddity, pick);

    /// <summary>Makes the tree on disk; returns the paths an argument may name (the root, its folders, its files).</summary>
    private static string[] Make(string root, Tree tree)
    {
        var files = new List<string>();
        foreach (var file in tree.Files)
        {
            var full = Path.Combine(root, file);
            if (Directory.Exists(full) || files.Any(f => full.StartsWith(f + "/", StringComparison.Ordinal))) continue; // a name taken by a folder
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "x");
            files.Add(full);
        }
        var folders = tree.Folders.Distinct().Select(f => Path.Combine(root, f)).Where(Directory.Exists).Prepend(root).ToArray();
        File.WriteAllText(Path.Combine(root, ".gitignore"), "ignored-*\n");
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var someFolder = folders[tree.Pick % folders.Length];
        var someFile = files[tree.Pick % files.Count];
        switch (tree.Oddity)
        {
            case 1:
                foreach (var folder in folders) File.CreateSymbolicLink(Path.Combine(folder, "loop"), folder); // the walk is in it already
                File.CreateSymbolicLink(Path.Combine(root, "to-nowhere.txt"), Path.Combine(root, "nothing-here"));
                break;
            case 2:
                File.CreateSymbolicLink(Path.Combine(someFolder, "alias.txt"), someFile);
                break;
            case 3:
                HostileHarness.Shell(root, $"ln '{someFile}' '{Path.Combine(someFolder, "hard.md")}'");
                break;
            case 4:
                HostileHarness.Shell(someFolder, "rm -f .gitignore && mkfifo .gitignore");
                break;
            case 5:
                HostileHarness.Shell(someFolder, "mkfifo pipe.txt pipe-b.md && mkdir -p folder.txt/inner .hidden.txt && echo x > folder.txt/inner/deep.md");
                break;
        }
        return folders.Concat(files).ToArray();
    }

    [Fact]
    public void Expanding_a_tree_gives_each_checkable_file_once_in_ordinal_order_per_argument()
    {
        Prop.ForAll(Trees.Where(t => t.Oddity <= 1).ToArbitrary(), tree =>
        {
            using var temp = new TempFolder();
            var root = temp.Path;
            var candidates = Make(root, tree);
            // Arguments: the root, folders and files of the tree, in the drawn order (overlapping ones included).
            var arguments = tree.Arguments.Select(i => candidates[i % candidates.Length]).ToArray();

            var expanded = InputFiles.Expand(arguments, root).ToList();

            Assert.Equal(Model(root, arguments), expanded.Select(f => f.FullPath!));
            Assert.All(expanded, f => Assert.Equal(InputFiles.Display(f.FullPath!, root), f.DisplayPath));
            Assert.All(expanded, f => Assert.Equal(f.FullPath!.EndsWith("to-nowhere.txt", StringComparison.Ordinal), f.Problem is not null));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    /// <summary>
    /// `imr check` of one folder walks it as it checks (<see cref="SortedWalk"/>) instead of holding the expansion: the
    /// files, their order, display paths and problems, the count and the order configs are looked up in are exactly
    /// the expansion's, whatever the tree holds; a tree with nothing odd is walked, not expanded.
    /// </summary>
    [Fact]
    public void Checking_a_folder_walks_it_exactly_as_it_expands()
    {
        Prop.ForAll(Trees.ToArbitrary(), tree =>
        {
            using var temp = new TempFolder();
            var root = temp.Path;
            var candidates = Make(root, tree);
            var folder = candidates[tree.Arguments[0] % candidates.Length] is var c && Directory.Exists(c) ? c : root;
            var cwd = Path.GetDirectoryName(root)!;

            var expanded = InputFiles.Expand(new[] { folder }, cwd).ToList();
            var inputs = InputFiles.ForCheck(new[] { folder }, cwd);

            Assert.Equal(expanded.Count, inputs.Count);
            Assert.Equal(expanded.Select(f => (f.DisplayPath, f.FullPath, f.Problem)), inputs.Select(f => (f.DisplayPath, f.FullPath, f.Problem)));
            Assert.Equal(expanded.Select(f => Path.GetDirectoryName(f.FullPath)).Distinct(), inputs.ConfigPaths.Select(Path.GetDirectoryName).Distinct());
            if (tree.Oddity is 0 or 5) Assert.True(inputs.IsWalked, "a plain tree is walked");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    /// <summary>
    /// On a file system whose listings give no entry's kind (DT_UNKNOWN: XFS without ftype, some network and FUSE ones),
    /// both walks of a folder examine every entry instead, and must find the same files, problems and oddities as when
    /// the listing says what each entry is. ext4 and tmpfs always say, so the walk is told to ignore what they say.
    /// </summary>
    [Fact]
    public void A_walk_that_cannot_learn_entry_kinds_from_the_listing_finds_what_a_walk_that_can_finds()
    {
        Prop.ForAll(Trees.ToArbitrary(), tree =>
        {
            using var temp = new TempFolder();
            var root = temp.Path;
            Make(root, tree);
            var rootFacts = SafeFile.Stat(root);
            // The second walk (no link counts) runs only after a first one found the tree plain, as in CheckInputs.
            foreach (var checkLinkCounts in new[] { true, false })
            {
                var listed = new SortedWalk(root, rootFacts, respectGitIgnore: true, checkLinkCounts);
                var unlisted = new SortedWalk(root, rootFacts, respectGitIgnore: true, checkLinkCounts, kindsListed: false);
                var listedFound = listed.Select(f => (f.FullPath, f.Problem)).ToList();
                Assert.Equal(listedFound, unlisted.Select(f => (f.FullPath, f.Problem)).ToList());
                Assert.Equal(listed.Plain, unlisted.Plain);
                if (!listed.Plain) break;
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    /// <summary>
    /// What the expansion means, written independently: per argument, a file itself, or the checkable files below a
    /// folder (not in hidden folders, nor ignored, nor through links to folders), sorted ordinally; each path once.
    /// </summary>
    private static List<string> Model(string root, IEnumerable<string> arguments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var argument in arguments)
        {
            var found = new List<string>();
            if (File.Exists(argument)) found.Add(argument);
            else Below(argument, found);
            result.AddRange(found.Order(StringComparer.Ordinal).Where(seen.Add));
        }
        return result;
    }

    private static void Below(string folder, List<string> found)
    {
        var checkable = new[] { ".txt", ".md", ".imr", ".docx", ".pdf" };
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || name.StartsWith("ignored-", StringComparison.Ordinal) || name == "loop") continue;
            if (Directory.Exists(entry)) Below(entry, found);
            else if (checkable.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)) found.Add(entry);
        }
    }
}
