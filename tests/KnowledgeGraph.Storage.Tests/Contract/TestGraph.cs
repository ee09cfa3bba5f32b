using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Builds small batches by hand: a document, its measures, and the units that lead them.</summary>
internal sealed class TestGraph(string fileName)
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public string DocumentId { get; } = NodeIds.Document(fileName);

    public static TestGraph Document(string fileName)
    {
        var graph = new TestGraph(fileName);
        graph._nodes.Add(new NodeRecord(graph.DocumentId, NodeLabels.Document, new Dictionary<string, object?>
        {
            [PropertyNames.FileName] = fileName,
        }));
        return graph;
    }

    public TestGraph Unit(string name, params string[] aliases)
    {
        _nodes.Add(new NodeRecord(NodeIds.Unit(name), NodeLabels.Unit, new Dictionary<string, object?>
        {
            [PropertyNames.Name] = name,
            [PropertyNames.Aliases] = aliases,
        }));
        return this;
    }

    public string MeasureId(long number) => NodeIds.Measure(DocumentId, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public TestGraph Measure(long number, string title, params string[] leadUnits)
    {
        var id = MeasureId(number);
        _nodes.Add(new NodeRecord(id, NodeLabels.Measure, new Dictionary<string, object?>
        {
            [PropertyNames.Number] = number,
            [PropertyNames.Title] = title,
        }));
        _relationships.Add(Relate(id, RelationshipTypes.PartOf, DocumentId));
        foreach (var unit in leadUnits)
        {
            _relationships.Add(Relate(id, RelationshipTypes.LedBy, NodeIds.Unit(unit)));
        }

        return this;
    }

    /// <summary>The unit shares responsibility for the measure without leading it.</summary>
    public TestGraph SharedBy(long number, string unit)
    {
        _relationships.Add(Relate(MeasureId(number), RelationshipTypes.CoLedBy, NodeIds.Unit(unit)));
        return this;
    }

    /// <summary>An amount of money as a range in yuan, paid by a unit of the batch when one is named.</summary>
    public TestGraph FundingLine(string name, long? minYuan, long? maxYuan, string? payer, string? paidBy = null)
    {
        var id = $"fundingLine:{NodeIds.KeyOf(DocumentId)}/{name}";
        var properties = new Dictionary<string, object?> { [PropertyNames.Name] = name };
        if (minYuan is not null)
        {
            properties[PropertyNames.AmountYuanMin] = minYuan;
            properties[PropertyNames.AmountYuanMax] = maxYuan;
        }

        if (payer is not null)
        {
            properties[PropertyNames.Payer] = payer;
        }

        _nodes.Add(new NodeRecord(id, NodeLabels.FundingLine, properties));
        if (paidBy is not null)
        {
            _relationships.Add(Relate(id, RelationshipTypes.PaidBy, NodeIds.Unit(paidBy)));
        }

        return this;
    }

    public GraphBatch Build() => new(DocumentId, _nodes.ToList(), _relationships.ToList());

    private RelationshipRecord Relate(string start, string type, string end)
    {
        var properties = new Dictionary<string, object?>();
        new Evidence(DocumentId, 0, 1, "x").WriteTo(properties);
        return new RelationshipRecord(NodeIds.Relationship(start, type, end), type, start, end, properties);
    }
}
