using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Tests.LiangshanNotice;

/// <summary>The seed document 004 (凉委办发〔2022〕14号), extracted once for all tests of this folder.</summary>
public sealed class LiangshanNotice
{
    public const string FileName = "004_e24c27e5441453ca.txt";

    public LiangshanNotice()
    {
        Source = SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, FileName));
        Context = ExtractionPipeline.Default.Run(Source);
        Batch = ExtractionPipeline.Default.Extract(Source);
    }

    public SourceDocument Source { get; }

    public ExtractionContext Context { get; }

    public GraphBatch Batch { get; }

    public string NormalizedText => Context.Text.Text;

    public NodeRecord Node(string id) => Batch.Nodes.Single(n => n.Id == id);

    public IEnumerable<NodeRecord> Nodes(string label) => Batch.Nodes.Where(n => n.Label == label);

    public IReadOnlyList<NodeRecord> Plans() =>
        [.. Nodes(NodeLabels.Plan).OrderBy(p => (long)p.Properties[PropertyNames.Ordinal]!)];

    public IReadOnlyList<NodeRecord> MeasuresOf(NodeRecord plan) =>
        [.. Batch.Relationships
            .Where(r => r.Type == RelationshipTypes.PartOf && r.EndId == plan.Id)
            .Select(r => Node(r.StartId))
            .OrderBy(m => (long)m.Properties[PropertyNames.Ordinal]!)];

    public NodeRecord Measure(int planOrdinal, long number) =>
        MeasuresOf(Plans()[planOrdinal - 1]).Single(m => (long)m.Properties[PropertyNames.Number]! == number);

    public IEnumerable<RelationshipRecord> From(string startId, string type) =>
        Batch.Relationships.Where(r => r.StartId == startId && r.Type == type);
}
