using BenchmarkDotNet.Attributes;
using ImrDsl.Domain.Letters;
using ImrDsl.Text;
using Imr.Std;

namespace ImrDsl.Benchmarks;

/// <summary>
/// Issue target: reading PDF-layout letters at 100 MB/s per core or better, allocations per letter reported.
/// One operation reads the three PDF-layout example letters (19,8 KB together); MB/s = bytes / mean time.
/// </summary>
[MemoryDiagnoser]
[InProcess] // see GeneratorBenchmarks: the out-of-process copy of this project cannot load the generator
public class LetterReaderBenchmarks
{
    private SourceFile[] _letters = Array.Empty<SourceFile>();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(GeneratedDocument.RepoRoot(), "examples", "letters");
        _letters = new[] { "seed-000.txt", "seed-002.txt", "multi-item-pdf.txt" }
            .Select(n => new SourceFile(n, File.ReadAllText(Path.Combine(folder, n)))).ToArray();
        Console.WriteLine($"// letters: {_letters.Sum(l => l.Text.Length)} chars");
    }

    [Benchmark]
    public int ReadPdfLetters()
    {
        var items = 0;
        foreach (var letter in _letters)
        {
            // A fresh SourceFile per read, as the CLI has: its line map is part of the cost.
            items += LetterReader.Standard.Read(new SourceFile(letter.Path, letter.Text)).Items.Count;
        }
        return items;
    }

    [Benchmark]
    public int ReadAndCheckPdfLetters()
    {
        var findings = 0;
        foreach (var letter in _letters)
            findings += ImrValidation.Validate(LetterReader.Standard.Read(new SourceFile(letter.Path, letter.Text)), Guidelines.Context).Count();
        return findings;
    }
}
