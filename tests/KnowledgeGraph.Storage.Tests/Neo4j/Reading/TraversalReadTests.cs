using System.Text.Json.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Neo4j.Reading;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>Neighbourhoods and paths: one statement each, depths checked before anything is sent.</summary>
public sealed class TraversalReadTests : ReaderOnFakeNeo4j
{
    private static readonly string Finance = NodeIds.Unit("凉山州财政局");

    private static JsonNode Node(string elementId, string label, string id) =>
        TypedJson.Node(elementId, [NodeLabels.Entity, label], ("id", id), ("_documentIds", new object?[] { "document:a.txt" }));

    private static JsonNode Relationship(string elementId, string type, string startElementId, string endElementId, string id) =>
        TypedJson.Relationship(elementId, type, startElementId, endElementId, ("id", id), ("_documentId", "document:a.txt"), ("_position", 0L));

    [Fact]
    public async Task A_neighbourhood_decodes_its_nodes_relationships_and_cut()
    {
        var query = new NeighborhoodQuery(Finance, 1, [], TraversalDirection.Both, 2);
        Answer(
            TraversalStatements.GetNeighborhood(query),
            ["nodes", "truncated", "relationships"],
            [
                TypedJson.List(Node("4:x:1", NodeLabels.Unit, Finance), Node("4:x:2", NodeLabels.Measure, "measure:a/2")),
                true,
                TypedJson.List(TypedJson.RelationshipRow(Relationship("5:x:1", RelationshipTypes.LedBy, "4:x:2", "4:x:1", "r1"), "measure:a/2", Finance)),
            ]);

        var subgraph = await Reader.GetNeighborhoodAsync(query, default);

        Assert.NotNull(subgraph);
        Assert.Equal([Finance, "measure:a/2"], subgraph.Nodes.Select(node => node.Id));
        Assert.True(subgraph.Truncated);
        var relationship = Assert.Single(subgraph.Relationships);
        Assert.Equal(("measure:a/2", Finance), (relationship.StartId, relationship.EndId));
        Assert.Empty(relationship.Properties);
        var request = Assert.Single(Sent);
        Assert.Equal("Read", request.Body!["accessMode"]!.GetValue<string>());
        Assert.Equal(["2", "3"], new[] { Parameter(request, "maxNodes"), Parameter(request, "nodeLimit") }.Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public async Task The_neighbourhood_of_a_missing_node_is_null()
    {
        var query = new NeighborhoodQuery("unit:nobody", 2, [RelationshipTypes.LedBy], TraversalDirection.Incoming, 10);
        Answer(TraversalStatements.GetNeighborhood(query), ["nodes", "truncated", "relationships"], [TypedJson.List(), false, TypedJson.List()]);

        Assert.Null(await Reader.GetNeighborhoodAsync(query, default));
        Assert.Equal([RelationshipTypes.LedBy], Parameter(Assert.Single(Sent), "types")!.AsArray().Select(type => type!["_value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Paths_decode_with_each_relationship_pointing_the_way_it_is_stored()
    {
        var query = new PathQuery(Finance, "document:a.txt", 4, 10);
        var finance = Node("4:x:1", NodeLabels.Unit, Finance);
        var measure = Node("4:x:2", NodeLabels.Measure, "measure:a/2");
        var document = Node("4:x:3", NodeLabels.Document, "document:a.txt");
        Answer(
            TraversalStatements.FindShortestPaths(query),
            ["p"],
            [TypedJson.Path(
                finance,
                Relationship("5:x:1", RelationshipTypes.LedBy, "4:x:2", "4:x:1", "led"),
                measure,
                Relationship("5:x:2", RelationshipTypes.PartOf, "4:x:2", "4:x:3", "part"),
                document)]);

        var path = Assert.Single(await Reader.FindShortestPathsAsync(query, default));

        Assert.Equal([Finance, "measure:a/2", "document:a.txt"], path.Nodes.Select(node => node.Id));
        Assert.Equal([("measure:a/2", Finance), ("measure:a/2", "document:a.txt")], path.Relationships.Select(r => (r.StartId, r.EndId)));
        Assert.Equal(2, path.Length);
        Assert.Equal("Read", Assert.Single(Sent).Body!["accessMode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Depths_and_lengths_beyond_the_statements_there_are_are_refused_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Reader.GetNeighborhoodAsync(new NeighborhoodQuery(Finance, TraversalStatements.MaxDepth + 1, [], TraversalDirection.Both, 10), default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Reader.FindShortestPathsAsync(new PathQuery(Finance, Finance, TraversalStatements.MaxPathLength + 1, 10), default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Reader.GetNeighborhoodAsync(new NeighborhoodQuery(Finance, -1, [], TraversalDirection.Both, 10), default));
        Assert.Empty(Sent);
    }

    [Fact]
    public async Task The_largest_bounds_the_api_accepts_have_statements()
    {
        var deepest = new NeighborhoodQuery(Finance, TraversalStatements.MaxDepth, [], TraversalDirection.Both, 10);
        var longest = new PathQuery(Finance, Finance, TraversalStatements.MaxPathLength, 10);
        Answer(TraversalStatements.GetNeighborhood(deepest), ["nodes", "truncated", "relationships"], [TypedJson.List(Node("4:x:1", NodeLabels.Unit, Finance)), false, TypedJson.List()]);

        Assert.NotNull(await Reader.GetNeighborhoodAsync(deepest, default));
        Assert.Empty(await Reader.FindShortestPathsAsync(longest, default));
        Assert.Equal(2, Sent.Count);
    }
}
