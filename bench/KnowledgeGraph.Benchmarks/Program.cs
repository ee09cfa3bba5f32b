using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- --filter '*'   (see bench/RESULTS.md)
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
