using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The store's share of start-up: putting a corpus of renamed copies of the seed documents, already extracted, into an
/// empty embedded store. Extraction is left out because it costs the same per document however the batches are applied
/// (<see cref="ExtractionBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class CorpusLoadBenchmarks
{
    private IReadOnlyList<GraphBatch> _batches = [];

    /// <summary>How many renamed copies of the five seed documents make the corpus.</summary>
    [Params(50, 200)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void ExtractCorpus()
    {
        _batches = [.. ScaledCorpus.Documents(Copies).Select(ExtractionPipeline.Default.Extract)];
    }

    /// <summary>Before: one apply, and so one snapshot build, per document.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> OneDocumentAtATime()
    {
        using var store = new EmbeddedGraphStore();
        var nodesAdded = 0;
        foreach (var batch in _batches)
        {
            nodesAdded += (await store.ApplyAsync(batch)).Nodes.Added;
        }

        return nodesAdded;
    }

    /// <summary>After: the corpus loader's ten bulk applies, each a tenth of the corpus.</summary>
    [Benchmark]
    public async Task<int> TenBulkSteps()
    {
        using var store = new EmbeddedGraphStore();
        var nodesAdded = 0;
        foreach (var step in _batches.Chunk(CorpusLoader.StepSize(_batches.Count)))
        {
            nodesAdded += (await store.ApplyAllAsync(step)).Sum(changes => changes.Nodes.Added);
        }

        return nodesAdded;
    }

    /// <summary>The floor: the whole corpus in one bulk apply.</summary>
    [Benchmark]
    public async Task<int> OneBulkApply()
    {
        using var store = new EmbeddedGraphStore();
        return (await store.ApplyAllAsync(_batches)).Sum(changes => changes.Nodes.Added);
    }
}
