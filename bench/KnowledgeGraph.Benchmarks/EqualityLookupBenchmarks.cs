using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Equality lookups in the embedded store on <see cref="Copies"/> times the seeds (<see cref="ScaledCorpus"/>): the
/// journalist's <c>units(where: {name: {eq: "凉山州财政局"}})</c>, and one document by file name among a label that
/// grows with the corpus. Each answer is one node, so each should cost about the same at every scale.
/// </summary>
[MemoryDiagnoser]
public class EqualityLookupBenchmarks
{
    private EmbeddedGraphStore _store = null!;
    private string _lastFileName = null!;

    /// <summary>How many renamed copies of the five seed documents make the corpus.</summary>
    [Params(1, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void LoadCorpus()
    {
        var documents = ScaledCorpus.Documents(Copies);
        _store = new EmbeddedGraphStore();
        _store.ApplyAllAsync([.. documents.Select(ExtractionPipeline.Default.Extract)]).GetAwaiter().GetResult();
        _lastFileName = documents[^1].FileName;
    }

    [GlobalCleanup]
    public void DisposeStore() => _store.Dispose();

    /// <summary>The journalist's lookup: the unit named 凉山州财政局.</summary>
    [Benchmark]
    public async Task<int> UnitByName() =>
        (await _store.FindNodesAsync(Lookup(NodeLabels.Unit, PropertyNames.Name, "凉山州财政局"))).TotalCount;

    /// <summary>One document by its file name, among every document of the corpus.</summary>
    [Benchmark]
    public async Task<int> DocumentByFileName() =>
        (await _store.FindNodesAsync(Lookup(NodeLabels.Document, PropertyNames.FileName, _lastFileName))).TotalCount;

    private static NodeQuery Lookup(string label, string property, string value) =>
        new(label, new PropertyCondition(property, FilterOperator.Equal, value), [], PageWindow.FirstOf(1));
}
