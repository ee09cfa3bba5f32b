using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Neighbourhoods and shortest paths.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string Finance = NodeIds.Unit("凉山州财政局");
    private static readonly string Education = NodeIds.Unit("凉山州教育体育局");
    private static readonly string DocumentA = NodeIds.Document("a.txt");

    private static string MeasureA(long number) => TestGraph.Document("a.txt").MeasureId(number);

    private static NeighborhoodQuery Around(string id, int depth, TraversalDirection direction = TraversalDirection.Both, int maxNodes = 100, params string[] types) =>
        new(id, depth, types, direction, maxNodes);

    [SkippableFact]
    public async Task A_neighbourhood_lists_nodes_by_distance_then_id_and_the_relationships_among_them()
    {
        var store = await StoreWith(FinanceDocument());

        var one = (await store.GetNeighborhoodAsync(Around(Finance, 1)))!;
        var two = (await store.GetNeighborhoodAsync(Around(Finance, 2)))!;

        Assert.Equal([Finance, MeasureA(2), MeasureA(3)], one.Nodes.Select(n => n.Id));
        Assert.Equal(
            [NodeIds.Relationship(MeasureA(2), RelationshipTypes.LedBy, Finance), NodeIds.Relationship(MeasureA(3), RelationshipTypes.LedBy, Finance)],
            one.Relationships.Select(r => r.Id));
        Assert.Equal([Finance, MeasureA(2), MeasureA(3), DocumentA, Education], two.Nodes.Select(n => n.Id));
        // Every relationship between two of the nodes, by id, but none to the measure two hops beyond.
        Assert.Equal(5, two.Relationships.Count);
        Assert.Equal(two.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), two.Relationships.Select(r => r.Id));
        Assert.DoesNotContain(two.Relationships, r => r.StartId == MeasureA(1));
        Assert.False(two.Truncated);
    }

    [SkippableFact]
    public async Task A_neighbourhood_follows_only_the_given_types_and_direction()
    {
        var store = await StoreWith(FinanceDocument());

        var outgoingFromFinance = (await store.GetNeighborhoodAsync(Around(Finance, 2, TraversalDirection.Outgoing)))!;
        var incomingToFinance = (await store.GetNeighborhoodAsync(Around(Finance, 2, TraversalDirection.Incoming)))!;
        var partOnly = (await store.GetNeighborhoodAsync(Around(MeasureA(2), 1, TraversalDirection.Both, 100, RelationshipTypes.PartOf)))!;

        Assert.Equal([Finance], outgoingFromFinance.Nodes.Select(n => n.Id));
        Assert.Empty(outgoingFromFinance.Relationships);
        Assert.Equal([Finance, MeasureA(2), MeasureA(3)], incomingToFinance.Nodes.Select(n => n.Id));
        Assert.Equal([MeasureA(2), DocumentA], partOnly.Nodes.Select(n => n.Id));
        Assert.Equal([RelationshipTypes.PartOf], partOnly.Relationships.Select(r => r.Type));
    }

    [SkippableFact]
    public async Task A_neighbourhood_larger_than_allowed_keeps_the_nearest_nodes_and_says_it_was_cut()
    {
        var store = await StoreWith(FinanceDocument());

        var cut = (await store.GetNeighborhoodAsync(Around(Finance, 2, maxNodes: 4)))!;
        var exact = (await store.GetNeighborhoodAsync(Around(Finance, 1, maxNodes: 3)))!;

        Assert.Equal([Finance, MeasureA(2), MeasureA(3), DocumentA], cut.Nodes.Select(n => n.Id));
        Assert.True(cut.Truncated);
        Assert.False(exact.Truncated);
    }

    [SkippableFact]
    public async Task A_neighbourhood_cut_at_the_first_level_keeps_the_smallest_ids_whatever_is_followed()
    {
        var store = await StoreWith(FinanceDocument(), SharedDocument());

        var everyWay = (await store.GetNeighborhoodAsync(Around(Education, 1, maxNodes: 3)))!;
        var ledOnly = (await store.GetNeighborhoodAsync(Around(Education, 1, TraversalDirection.Both, 3, RelationshipTypes.LedBy)))!;
        var incoming = (await store.GetNeighborhoodAsync(Around(Education, 1, TraversalDirection.Incoming, 2)))!;

        // Education leads a/1 and a/2 and shares b/1.
        Assert.Equal([Education, MeasureA(1), MeasureA(2)], everyWay.Nodes.Select(n => n.Id));
        Assert.True(everyWay.Truncated);
        Assert.Equal(
            [NodeIds.Relationship(MeasureA(1), RelationshipTypes.LedBy, Education), NodeIds.Relationship(MeasureA(2), RelationshipTypes.LedBy, Education)],
            everyWay.Relationships.Select(r => r.Id));
        Assert.Equal([Education, MeasureA(1), MeasureA(2)], ledOnly.Nodes.Select(n => n.Id));
        Assert.False(ledOnly.Truncated);
        Assert.Equal([Education, MeasureA(1)], incoming.Nodes.Select(n => n.Id));
        Assert.True(incoming.Truncated);
    }

    [SkippableFact]
    public async Task The_neighbourhood_of_a_missing_node_is_null()
    {
        var store = await StoreWith(FinanceDocument());

        Assert.Null(await store.GetNeighborhoodAsync(Around("unit:nobody", 1)));
    }

    [SkippableFact]
    public async Task Shortest_paths_are_all_found_in_id_order_with_nodes_and_relationships_alternating()
    {
        var store = await StoreWith(FinanceDocument());

        var paths = await store.FindShortestPathsAsync(new PathQuery(Finance, DocumentA, MaxLength: 4, MaxPaths: 10));
        var first = await store.FindShortestPathsAsync(new PathQuery(Finance, DocumentA, MaxLength: 4, MaxPaths: 1));

        Assert.Equal(
            [[Finance, MeasureA(2), DocumentA], [Finance, MeasureA(3), DocumentA]],
            paths.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
        Assert.All(paths, path =>
        {
            Assert.Equal(2, path.Length);
            Assert.All(path.Relationships.Select((r, i) => (r, i)), step =>
                Assert.Equal(
                    new[] { path.Nodes[step.i].Id, path.Nodes[step.i + 1].Id }.Order(StringComparer.Ordinal),
                    new[] { step.r.StartId, step.r.EndId }.Order(StringComparer.Ordinal)));
        });
        Assert.Equal(paths[0].Nodes.Select(n => n.Id), Assert.Single(first).Nodes.Select(n => n.Id));
    }

    [SkippableFact]
    public async Task Shortest_paths_ignore_longer_ones_and_respect_the_maximum_length()
    {
        var store = await StoreWith(FinanceDocument());

        // 1 and 3 share the document (2 hops) and are also joined through both units (4 hops).
        var shortest = await store.FindShortestPathsAsync(new PathQuery(MeasureA(1), MeasureA(3), 4, 10));
        var tooShort = await store.FindShortestPathsAsync(new PathQuery(MeasureA(1), MeasureA(3), 1, 10));
        var itself = await store.FindShortestPathsAsync(new PathQuery(Finance, Finance, 4, 10));
        var missing = await store.FindShortestPathsAsync(new PathQuery(Finance, "unit:nobody", 4, 10));

        Assert.Equal([MeasureA(1), DocumentA, MeasureA(3)], Assert.Single(shortest).Nodes.Select(n => n.Id));
        Assert.Empty(tooShort);
        Assert.Equal(0, Assert.Single(itself).Length);
        Assert.Empty(missing);
    }

    [SkippableFact]
    public async Task Shortest_paths_of_odd_length_skip_dead_ends_and_come_in_id_order()
    {
        // b.txt gives the finance bureau a measure that leads nowhere near measure a/1 in three hops.
        var other = TestGraph.Document("b.txt").Unit("凉山州财政局").Unit("凉山州教育体育局")
            .Measure(1, "另一项", "凉山州财政局").Measure(2, "再一项", "凉山州教育体育局").Build();
        var store = await StoreWith(FinanceDocument(), other);

        var paths = await store.FindShortestPathsAsync(new PathQuery(Finance, MeasureA(1), 5, 10));
        var backwards = await store.FindShortestPathsAsync(new PathQuery(MeasureA(1), Finance, 5, 10));

        Assert.Equal(
            [
                [Finance, MeasureA(2), DocumentA, MeasureA(1)],
                [Finance, MeasureA(2), Education, MeasureA(1)],
                [Finance, MeasureA(3), DocumentA, MeasureA(1)],
            ],
            paths.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
        Assert.Equal(
            [
                [MeasureA(1), DocumentA, MeasureA(2), Finance],
                [MeasureA(1), DocumentA, MeasureA(3), Finance],
                [MeasureA(1), Education, MeasureA(2), Finance],
            ],
            backwards.Select(p => p.Nodes.Select(n => n.Id).ToArray()));
    }
}
