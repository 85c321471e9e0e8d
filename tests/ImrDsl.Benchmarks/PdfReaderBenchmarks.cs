using BenchmarkDotNet.Attributes;
using ImrDsl.Domain.Letters;
using ImrDsl.Pdf;

namespace ImrDsl.Benchmarks;

/// <summary>
/// Issue 14 target: reading PDF letters at 20 MB/s of PDF per core or better. One operation reads every PDF
/// fixture of tests/ImrDsl.Pdf.Tests (Chromium, LibreOffice and Ghostscript output of the example letters);
/// MB/s = the fixtures' bytes (printed at setup) / mean time. Single-threaded, so the figure is per core.
/// </summary>
[MemoryDiagnoser]
[InProcess] // see GeneratorBenchmarks: the out-of-process copy of this project cannot load the generator
public class PdfReaderBenchmarks
{
    private (string Path, byte[] Bytes)[] _pdfs = Array.Empty<(string, byte[])>();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(GeneratedDocument.RepoRoot(), "tests", "ImrDsl.Pdf.Tests", "Fixtures");
        _pdfs = Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(p))).ToArray();
        Console.WriteLine($"// PDFs: {_pdfs.Length} files, {_pdfs.Sum(p => p.Bytes.Length)} bytes");
    }

    /// <summary>PDF bytes to pages of lines: the extractor alone.</summary>
    [Benchmark]
    public int ExtractText()
    {
        var lines = 0;
        foreach (var (_, bytes) in _pdfs) lines += PdfTextReader.Read(bytes).Pages.Sum(p => p.Lines.Count);
        return lines;
    }

    /// <summary>What `imr check` does with a PDF before the rules: decode, then read the letter into the model.</summary>
    [Benchmark]
    public int ExtractAndReadLetters()
    {
        var items = 0;
        foreach (var (path, bytes) in _pdfs)
            items += LetterReader.Standard.Read(LetterSource.Decode(path, bytes, 64L * 1024 * 1024).File!).Items.Count;
        return items;
    }
}
