using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>How long extraction takes and how much it allocates: the start-up and ingest cost of a document.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private SourceDocument _liangshanNotice = null!;
    private IReadOnlyList<SourceDocument> _seeds = [];

    [GlobalSetup]
    public void LoadDocuments()
    {
        _seeds = SourceDocumentFile.ReadDirectory(RepositoryPaths.SeedDocuments);
        _liangshanNotice = _seeds.Single(document => document.FileName.StartsWith("004_", StringComparison.Ordinal));
    }

    /// <summary>The 85 KB notice with 8 plans and 100 measures.</summary>
    [Benchmark]
    public int ExtractLiangshanNotice() => ExtractionPipeline.Default.Extract(_liangshanNotice).Nodes.Count;

    /// <summary>All five seed documents, as start-up extracts them.</summary>
    [Benchmark]
    public int ExtractAllSeeds() => _seeds.Sum(document => ExtractionPipeline.Default.Extract(document).Nodes.Count);
}
