using BenchmarkDotNet.Attributes;
using ImrDsl.Domain.Letters;
using Imr.Std;

namespace ImrDsl.Benchmarks;

/// <summary>
/// Issue 10: the CPU a letter costs `imr check` in this library's part of it, stage by stage: decoding the file's bytes,
/// reading the typed letter, running the generated rules. One operation is the five letters that
/// tests/ImrDsl.Benchmarks/cli-benchmark.sh copies into its corpus (about 16 KB together); per letter is a fifth.
/// Allocations are reported too: they decide how often the collector runs on a large run.
/// </summary>
[MemoryDiagnoser]
[InProcess] // see GeneratorBenchmarks: the out-of-process copy of this project cannot load the generator
public class LetterPipelineBenchmarks
{
    private (string Path, byte[] Bytes)[] _letters = Array.Empty<(string, byte[])>();
    private ImrDsl.Text.SourceFile[] _decoded = Array.Empty<ImrDsl.Text.SourceFile>();
    private Determination[] _read = Array.Empty<Determination>();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(GeneratedDocument.RepoRoot(), "examples", "letters");
        _letters = new[] { "seed-000.txt", "seed-002.txt", "seed-003.txt", "multi-item-pdf.txt", "converted-multi.md" }
            .Select(n => (n, File.ReadAllBytes(Path.Combine(folder, n)))).ToArray();
        _decoded = _letters.Select(l => LetterSource.Decode(l.Path, l.Bytes, 8 << 20).File!).ToArray();
        _read = _decoded.Select(f => LetterReader.Standard.Read(f)).ToArray();
    }

    [Benchmark]
    public int Decode()
    {
        var chars = 0;
        foreach (var (path, bytes) in _letters) chars += LetterSource.Decode(path, bytes, 8 << 20).File!.Text.Length;
        return chars;
    }

    [Benchmark]
    public int Read()
    {
        var items = 0;
        // A fresh SourceFile per read, as the CLI has: its line map is part of the cost.
        foreach (var file in _decoded) items += LetterReader.Standard.Read(new ImrDsl.Text.SourceFile(file.Path, file.Text)).Items.Count;
        return items;
    }

    [Benchmark]
    public int Validate()
    {
        var findings = 0;
        foreach (var letter in _read) findings += ImrValidation.Validate(letter, Guidelines.Context).Count();
        return findings;
    }

    [Benchmark]
    public int Whole()
    {
        var findings = 0;
        foreach (var (path, bytes) in _letters)
            findings += ImrValidation.Validate(LetterReader.Standard.Read(LetterSource.Decode(path, bytes, 8 << 20).File!), Guidelines.Context).Count();
        return findings;
    }
}
