using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- --filter '*'   (see bench/RESULTS.md)
// dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- corpus 100 /tmp/corpus100   (the seeds 100 times)
if (args is ["corpus", var copies, var folder])
{
    ScaledCorpus.Write(int.Parse(copies, CultureInfo.InvariantCulture), folder);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
