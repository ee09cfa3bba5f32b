using System.Text.Json.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Neo4j.Reading;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>A DataLoader batch of relationships, or of counts and first pages, is one statement for every node of it.</summary>
public sealed class RelationshipReadTests : ReaderOnFakeNeo4j
{
    private static readonly string Finance = NodeIds.Unit("凉山州财政局");
    private static readonly string Education = NodeIds.Unit("凉山州教育体育局");

    private static JsonNode LedBy(string measureId, string unitId) => TypedJson.RelationshipRow(
        TypedJson.Relationship(
            $"5:x:{measureId}",
            RelationshipTypes.LedBy,
            $"4:x:{measureId}",
            $"4:x:{unitId}",
            ("id", NodeIds.Relationship(measureId, RelationshipTypes.LedBy, unitId)),
            (PropertyNames.EvidenceDocumentId, "document:a.txt"),
            (PropertyNames.EvidenceOffset, 120L),
            ("_documentId", "document:a.txt"),
            ("_position", 7L)),
        measureId,
        unitId);

    [Fact]
    public async Task Relationships_of_many_nodes_are_one_statement_grouped_by_node_in_the_order_asked()
    {
        string[] ids = [Finance, Education, Finance];
        var statement = RelationshipStatements.GetRelationships([Finance, Education], RelationshipDirection.Incoming, RelationshipTypes.LedBy);
        // Rows come in document order across nodes.
        Answer(statement, ["id", "relationship"], [Education, LedBy("measure:a/1", Education)], [Finance, LedBy("measure:a/2", Finance)], [Education, LedBy("measure:a/3", Education)]);

        var relationships = await Reader.GetRelationshipsAsync(ids, RelationshipDirection.Incoming, RelationshipTypes.LedBy, default);

        Assert.Equal(["measure:a/2", "measure:a/1", "measure:a/3"], relationships.Select(r => r.StartId));
        var first = relationships[0];
        Assert.Equal((RelationshipTypes.LedBy, Finance, NodeIds.Relationship("measure:a/2", RelationshipTypes.LedBy, Finance)), (first.Type, first.EndId, first.Id));
        Assert.Equal(
            new Dictionary<string, object?> { [PropertyNames.EvidenceDocumentId] = "document:a.txt", [PropertyNames.EvidenceOffset] = 120L },
            first.Properties);
        var request = Assert.Single(Sent);
        Assert.Equal("Read", request.Body!["accessMode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Slices_count_with_integers_read_from_strings_and_keep_every_node_asked_once()
    {
        var statement = RelationshipStatements.GetRelationshipSlices([Finance, "unit:nobody", Education], RelationshipDirection.Incoming, RelationshipTypes.LedBy, 1);
        Answer(
            statement,
            ["id", "total", "first"],
            [Education, 2L, TypedJson.List(LedBy("measure:a/1", Education))],
            ["unit:nobody", 0L, TypedJson.List()],
            [Finance, 3L, TypedJson.List(LedBy("measure:a/2", Finance))]);

        var slices = await Reader.GetRelationshipSlicesAsync([Finance, "unit:nobody", Finance, Education], RelationshipDirection.Incoming, RelationshipTypes.LedBy, 1, default);

        Assert.Equal([(Finance, 3, 1), ("unit:nobody", 0, 0), (Education, 2, 1)], slices.Select(slice => (slice.NodeId, slice.TotalCount, slice.First.Count)));
        Assert.Equal("measure:a/2", slices[0].First[0].StartId);
        var request = Assert.Single(Sent);
        Assert.Equal("1", Parameter(request, "first")!.GetValue<string>());
    }

    [Fact]
    public async Task A_type_outside_the_graph_model_is_refused_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Reader.GetRelationshipsAsync([Finance], RelationshipDirection.Outgoing, "LED_BY]->() DETACH DELETE n //", default));
        await Assert.ThrowsAsync<ArgumentException>(() => Reader.GetRelationshipSlicesAsync([Finance], RelationshipDirection.Outgoing, "led_by", 1, default));
        Assert.Empty(Sent);
    }
}
