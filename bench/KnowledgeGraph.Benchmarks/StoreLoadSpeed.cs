using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The embedded store's share of a start-up on a large corpus (what is left of a warm start once the extraction cache
/// holds every document): extracts every document of a folder once, then, several rounds, puts them into an empty
/// store in file-name order, a tenth at a time as the corpus loader does, or in one bulk apply; prints each round's CPU
/// time of the whole process (the garbage collector's work included) and the bytes it allocated. CPU time and
/// allocations rather than the wall clock, because the machine is shared; BenchmarkDotNet's many runs of a 100 MB corpus
/// take hours there (<see cref="CorpusLoadBenchmarks"/> measures the seeds' copies that way).
/// </summary>
internal static class StoreLoadSpeed
{
    public static async Task RunAsync(string folder, bool inTenths, int rounds)
    {
        var documents = SourceDocumentFile.ReadDirectory(folder).OrderBy(document => document.FileName, StringComparer.Ordinal).ToList();
        var batches = new GraphBatch[documents.Count];
        Parallel.For(0, documents.Count, index => batches[index] = ExtractionPipeline.Default.Extract(documents[index]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batches.Length} documents, {batches.Sum(batch => batch.Nodes.Count)} nodes and {batches.Sum(batch => batch.Relationships.Count)} relationships extracted"));
        var stepSize = inTenths ? CorpusLoader.StepSize(batches.Length) : batches.Length;
        for (var round = 1; round <= rounds; round++)
        {
            GC.Collect();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            using var store = new EmbeddedGraphStore();
            foreach (var step in batches.Chunk(stepSize))
            {
                await store.ApplyAllAsync(step);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {cpu.TotalSeconds:F2} s CPU, {wall.Elapsed.TotalSeconds:F2} s wall, {allocated:F0} MB allocated"));
        }
    }
}
