using BenchmarkDotNet.Attributes;
using ImrDsl.Parsing;
using ImrDsl.Syntax;

namespace ImrDsl.Benchmarks;

/// <summary>Issue target: a ~1 MB .imr file parses at 10 MB/s or better. MB/s = 1 / (mean seconds) for 1 MB.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _oneMegabyte = string.Empty;

    [GlobalSetup]
    public void Setup() => _oneMegabyte = GeneratedDocument.Create(1_000_000);

    [Benchmark]
    public ImrFileSyntax Parse_1MB() => ImrParser.Parse("bench.imr", _oneMegabyte);
}
