using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Writing;

/// <summary>
/// What the Neo4j store keeps of each document's record reads back as the same record, so the changes counted from
/// it are those counted from the batch itself, and the same record is always the same text, so an unchanged record is
/// never written again.
/// </summary>
public sealed class ContributionCodecTests
{
    private static readonly NodeRecord Node = new("fundingLine:a/1", NodeLabels.FundingLine, new Dictionary<string, object?>
    {
        [PropertyNames.Name] = "州级财政每年安排3000万元",
        [PropertyNames.AmountYuanMin] = 30_000_000L,
        [PropertyNames.AmountYuanMax] = long.MaxValue,
        [PropertyNames.Aliases] = new[] { "专项资金", "\"引号\"" },
        [PropertyNames.Titles] = Array.Empty<string>(),
        ["verified"] = true,
        [PropertyNames.Payer] = null,
    });

    private static readonly RelationshipRecord Relationship = new(
        NodeIds.Relationship("fundingLine:a/1", RelationshipTypes.PaidBy, "region:凉山彝族自治州"),
        RelationshipTypes.PaidBy,
        "fundingLine:a/1",
        "region:凉山彝族自治州",
        new Dictionary<string, object?> { [PropertyNames.EvidenceOffset] = 120L, [PropertyNames.EvidenceSnippet] = "州级财政" });

    [Fact]
    public void A_node_reads_back_as_the_same_record_at_the_same_position()
    {
        var stored = ContributionCodec.DecodeNode(Node.Id, ContributionCodec.Encode(Node, 7));

        Assert.Equal(7, stored.Position);
        Assert.Equal(Node.Label, stored.Record.Label);
        Assert.True(GraphBatchDiff.Compare(Batch([Node], []), Batch([stored.Record], [])).IsUnchanged);
        Assert.Equal(Node.Properties.Keys.Order(StringComparer.Ordinal), stored.Record.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<long>(stored.Record.Properties[PropertyNames.AmountYuanMax]);
        Assert.IsAssignableFrom<IReadOnlyList<string>>(stored.Record.Properties[PropertyNames.Aliases]);
    }

    [Fact]
    public void A_relationship_reads_back_as_the_same_record_at_the_same_position()
    {
        var stored = ContributionCodec.DecodeRelationship(Relationship.Id, ContributionCodec.Encode(Relationship, 3));

        Assert.Equal(3, stored.Position);
        Assert.Equal((Relationship.Type, Relationship.StartId, Relationship.EndId), (stored.Record.Type, stored.Record.StartId, stored.Record.EndId));
        Assert.True(GraphBatchDiff.Compare(Batch([], [Relationship]), Batch([], [stored.Record])).IsUnchanged);
    }

    [Fact]
    public void The_same_record_is_the_same_text_whatever_order_its_properties_were_given_in()
    {
        var reordered = Node with { Properties = Node.Properties.Reverse().ToDictionary() };

        Assert.Equal(ContributionCodec.Encode(Node, 0), ContributionCodec.Encode(reordered, 0));
        Assert.NotEqual(ContributionCodec.Encode(Node, 0), ContributionCodec.Encode(Node, 1));
    }

    private static GraphBatch Batch(IReadOnlyList<NodeRecord> nodes, IReadOnlyList<RelationshipRecord> relationships) =>
        new("document:a", nodes, relationships);
}
