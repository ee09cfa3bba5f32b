using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>The one rule for a record several documents hold, which every store applies.</summary>
public sealed class SharedRecordsTests
{
    private static NodeRecord Unit(params (string Name, object? Value)[] properties) =>
        new(NodeIds.Unit("凉山州财政局"), NodeLabels.Unit, properties.ToDictionary(p => p.Name, p => p.Value));

    [Fact]
    public void The_earlier_documents_label_and_scalars_win_and_what_it_lacks_comes_from_the_later()
    {
        var earlier = Unit((PropertyNames.Level, "州级"), (PropertyNames.Code, null));
        var later = Unit((PropertyNames.Level, "县级"), (PropertyNames.Code, "513400"), (PropertyNames.Name, "凉山州财政局")) with { Label = NodeLabels.Region };

        var merged = SharedRecords.Merge(earlier, later);

        Assert.Equal(NodeLabels.Unit, merged.Label);
        Assert.Equal("州级", merged.Properties[PropertyNames.Level]);
        Assert.Equal("513400", merged.Properties[PropertyNames.Code]);
        Assert.Equal("凉山州财政局", merged.Properties[PropertyNames.Name]);
    }

    [Fact]
    public void Aliases_are_the_union_with_the_earlier_documents_first()
    {
        var merged = SharedRecords.Merge(
            Unit((PropertyNames.Aliases, new[] { "州财政局", "财政局" })),
            Unit((PropertyNames.Aliases, new[] { "财政局", "凉山州财政" })));

        Assert.Equal(["州财政局", "财政局", "凉山州财政"], (IEnumerable<string>)merged.Properties[PropertyNames.Aliases]!);
    }

    [Fact]
    public void A_relationship_is_the_earlier_documents_whole()
    {
        var id = NodeIds.Relationship("unit:a", RelationshipTypes.LocatedIn, "region:b");
        var earlier = new RelationshipRecord(id, RelationshipTypes.LocatedIn, "unit:a", "region:b", new Dictionary<string, object?> { [PropertyNames.EvidenceDocumentId] = "document:a" });
        var later = earlier with { Properties = new Dictionary<string, object?> { [PropertyNames.EvidenceDocumentId] = "document:b", [PropertyNames.Level] = "x" } };

        Assert.Same(earlier, SharedRecords.Merge(earlier, later));
    }

    [Fact]
    public void Documents_contribute_in_ordinal_order_of_their_ids()
    {
        string[] documents = ["document:b", "document:a", "document:B", "document:凉山"];

        Assert.Equal(["document:B", "document:a", "document:b", "document:凉山"], documents.Order(SharedRecords.DocumentOrder));
    }
}
