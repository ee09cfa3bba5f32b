using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Reading;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;
using KnowledgeGraph.Testing.Neo4j;

namespace KnowledgeGraph.Api.Tests.Neo4j;

/// <summary>
/// Wraps a store that holds the graph (the embedded one) and, for each read made through it, records the statement the
/// Neo4j store sends for the same read and the reply that a Neo4j holding the same graph gives to it, in the Query API's
/// typed JSON. <see cref="Answer"/> then serves as <see cref="FakeQueryApi.Responder"/>: the fake answers the Neo4j
/// store's reads with the embedded store's results without running Cypher, so the API's answer over Neo4j can be
/// compared with its answer over the embedded store, and what the Neo4j store decodes is what the contract says.
/// Only the reads the README's queries make are recorded; any other read goes unanswered (empty) and shows as a
/// different answer. A batch read is answered id by id from whichever recorded batch of the same statement read that
/// id: DataLoaders group ids by timing, and the embedded store answers synchronously where Neo4j does not, so the
/// same query's batches hold the same ids in different groupings.
/// </summary>
internal sealed class Neo4jRepliesRecorder(IGraphStore inner) : DelegatingGraphStore(inner)
{
    private readonly Lock _gate = new();
    private readonly List<ExpectedRead> _reads = [];

    /// <summary>
    /// The reply recorded for the request's statement text and, for a batch, the rows recorded for each of its ids;
    /// null when the statement, or one of the ids, was never read.
    /// </summary>
    public FakeReply? Answer(RecordedRequest request)
    {
        var ids = IdsOf(request);
        lock (_gate)
        {
            var reads = _reads.Where(read => read.Text == request.Statement && read.ReadsIds == ids is not null).ToList();
            if (reads.Count == 0)
            {
                return null;
            }

            if (ids is null)
            {
                // The same text with other parameters (another page of the same query) was read before: the latest
                // read is the embedded store's answer to the request the test sent just before this one.
                var latest = reads[^1];
                return FakeReply.Rows(latest.Fields, TypedJson.Rows([.. latest.Rows.Select(row => row.Values)]));
            }

            var rows = new List<object?[]>();
            foreach (var id in ids)
            {
                var read = reads.FirstOrDefault(read => read.Ids!.Contains(id));
                if (read is null)
                {
                    return null;
                }

                rows.AddRange(read.Rows.Where(row => row.Id == id).Select(row => row.Values));
            }

            return FakeReply.Rows(reads[0].Fields, TypedJson.Rows([.. rows]));
        }
    }

    public override async Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var nodes = await base.GetNodesAsync(ids, cancellationToken);
        Record(NodeStatements.GetNodes(ids), ids, ["n"], nodes.Select(node => new KeyedRow(node.Id, [NodeValue(node)])));
        return nodes;
    }

    public override async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var page = await base.FindNodesAsync(query, cancellationToken);
        // The page's rows start at its offset: the reader asks for that window when it is counted from the start.
        Record(NodeStatements.FindNodes(query, page.Offset, page.Items.Count), null, ["total", "page"], [new KeyedRow(null, [page.TotalCount, page.Items.Select(NodeValue).ToArray()])]);
        return page;
    }

    public override async Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default)
    {
        var relationships = await base.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);
        Record(
            RelationshipStatements.GetRelationships([.. nodeIds.Distinct(StringComparer.Ordinal)], direction, type),
            nodeIds,
            ["id", "relationship"],
            relationships.Select(relationship =>
            {
                var nodeId = direction == RelationshipDirection.Outgoing ? relationship.StartId : relationship.EndId;
                return new KeyedRow(nodeId, [nodeId, RelationshipValue(relationship)]);
            }));
        return relationships;
    }

    public override async Task<IReadOnlyList<RelationshipSlice>> GetRelationshipSlicesAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, int firstPerNode, CancellationToken cancellationToken = default)
    {
        var slices = await base.GetRelationshipSlicesAsync(nodeIds, direction, type, firstPerNode, cancellationToken);
        Record(
            RelationshipStatements.GetRelationshipSlices([.. nodeIds.Distinct(StringComparer.Ordinal)], direction, type, firstPerNode),
            nodeIds,
            ["id", "total", "first"],
            slices.Select(slice => new KeyedRow(slice.NodeId, [slice.NodeId, slice.TotalCount, slice.First.Select(RelationshipValue).ToArray()])));
        return slices;
    }

    public override async Task<Subgraph?> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        var subgraph = await base.GetNeighborhoodAsync(query, cancellationToken);
        Record(
            TraversalStatements.GetNeighborhood(query),
            null,
            ["nodes", "truncated", "relationships"],
            [new KeyedRow(null, [
                (subgraph?.Nodes ?? []).Select(NodeValue).ToArray(),
                subgraph?.Truncated ?? false,
                (subgraph?.Relationships ?? []).Select(RelationshipValue).ToArray(),
            ])]);
        return subgraph;
    }

    public override async Task<IReadOnlyList<RelationshipCounts>> CountRelationshipsAsync(RelationshipCountQuery query, CancellationToken cancellationToken = default)
    {
        var ranking = await base.CountRelationshipsAsync(query, cancellationToken);
        Record(
            AggregateStatements.CountRelationships(query),
            null,
            ["nodeId", "counts"],
            ranking.Select(counts => new KeyedRow(null, [counts.NodeId, query.Types.Select(type => (object?)counts.CountsByType[type]).ToArray()])));
        return ranking;
    }

    private void Record(CypherStatement statement, IReadOnlyCollection<string>? ids, string[] fields, IEnumerable<KeyedRow> rows)
    {
        var read = new ExpectedRead(statement.Text, ids?.ToHashSet(StringComparer.Ordinal), fields, [.. rows]);
        lock (_gate)
        {
            _reads.Add(read);
        }
    }

    private static List<string>? IdsOf(RecordedRequest request) =>
        request.Body?["parameters"]?["ids"]?["_value"] is JsonArray ids
            ? [.. ids.Select(id => id!["_value"]!.GetValue<string>()).Distinct(StringComparer.Ordinal)]
            : null;

    // A node as the Query API returns it: both labels, the id among the properties.
    private static JsonNode NodeValue(NodeRecord node) =>
        TypedJson.Node(ElementId(node.Id), [.. node.Labels], [(Neo4jGraphModel.IdProperty, node.Id), .. Properties(node.Properties)]);

    // A relationship in the map read statements return: {relationship, startId, endId}.
    private static JsonNode RelationshipValue(RelationshipRecord relationship) => TypedJson.RelationshipRow(
        TypedJson.Relationship(
            ElementId(relationship.Id),
            relationship.Type,
            ElementId(relationship.StartId),
            ElementId(relationship.EndId),
            [(Neo4jGraphModel.IdProperty, relationship.Id), .. Properties(relationship.Properties)]),
        relationship.StartId,
        relationship.EndId);

    private static string ElementId(string id) => $"4:fake:{id}";

    private static IEnumerable<(string Key, object? Value)> Properties(IReadOnlyDictionary<string, object?> properties) =>
        properties.Select(property => (property.Key, property.Value));

    // A row of a reply and, in a batch read, the id it answers for.
    private sealed record KeyedRow(string? Id, object?[] Values);

    private sealed record ExpectedRead(string Text, HashSet<string>? Ids, string[] Fields, IReadOnlyList<KeyedRow> Rows)
    {
        public bool ReadsIds => Ids is not null;
    }
}
