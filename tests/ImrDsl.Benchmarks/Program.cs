using BenchmarkDotNet.Running;

// `accuracy [letters] [seed]` measures the checker on generated letters; anything else runs the benchmarks.
if (args.Length > 0 && args[0] == "accuracy") return ImrDsl.Benchmarks.AccuracyRun.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(ImrDsl.Benchmarks.ParserBenchmarks).Assembly).Run(args);
return 0;
