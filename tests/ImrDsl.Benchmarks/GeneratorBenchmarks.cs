using System.Text;
using BenchmarkDotNet.Attributes;
using ImrDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ImrDsl.Benchmarks;

/// <summary>
/// Issue target: the generator over 1,000 record and rule declarations plus the full MTUS catalogue,
/// first run under 500 ms, and after a one-file edit under 20 ms.
/// </summary>
[MemoryDiagnoser]
// In process: the separate project BenchmarkDotNet would build drops ImrDsl.dll from its deps (it is also bundled
// beside the generator), and the generator then fails to load; Setup refuses to measure that.
[InProcess]
public class GeneratorBenchmarks
{
    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private AdditionalText[] _texts = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        var root = GeneratedDocument.RepoRoot();
        var std = Directory.GetFiles(Path.Combine(root, "grammar", "std"), "*.imr").Select(p => (AdditionalText)new Text(p, File.ReadAllText(p)));
        // 10 files of 50 records and 50 rules each: 1,000 declarations.
        var generated = Enumerable.Range(0, 10).Select(f => (AdditionalText)new Text($"/bench/gen{f}.imr", Declarations(f)));
        _texts = std.Concat(generated).ToArray();
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A {}") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _warm = NewDriver().RunGenerators(_compilation);
        _edited = _texts.Last();
        // Refuse to measure a generator that did not run (a missing dependency shows up only as a diagnostic).
        var result = _warm.GetRunResult();
        if (result.Diagnostics.Length > 0 || result.GeneratedTrees.Length < 10)
            throw new InvalidOperationException($"the generator did not produce the benchmark's code: {string.Join("; ", result.Diagnostics)}");
    }

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(new[] { new ImrGenerator().AsSourceGenerator() }, _texts);

    [Benchmark]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver AfterOneFileEdit()
    {
        var text = _edited.GetText()!.ToString() + $"\n// edit {++_edit}\nrecord Extra{_edit} {{\n  a: text\n}}\n";
        return _warm.ReplaceAdditionalText(_edited, new Text(_edited.Path, text)).RunGenerators(_compilation);
    }

    private static string Declarations(int file)
    {
        var b = new StringBuilder($"namespace Bench\n\n");
        for (var i = 0; i < 50; i++)
        {
            b.Append($"record R{file}x{i} {{\n  name: text label required\n  count: integer range 0..100\n  when: date\n  pages: pages\n  notes: text*\n}}\n\n");
            b.Append($"rule B{file:D2}{i:D3} rule-{file}-{i} {{\n  severity = warning\n  applies-to = R{file}x{i}\n  at = name\n  require = non-empty(name) and not matches(name, \"^x\")\n  message = \"{{name}} is wrong\"\n  summary = \"s\"\n}}\n\n");
        }
        return b.ToString();
    }
}
