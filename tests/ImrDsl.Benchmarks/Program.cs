using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ImrDsl.Benchmarks.ParserBenchmarks).Assembly).Run(args);
