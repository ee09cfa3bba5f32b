using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>
/// Turns what the Query API returns into the records every store speaks: the id comes out of the properties, the
/// kind out of the labels, and the store's bookkeeping (properties starting with an underscore) is dropped. A list of
/// strings becomes a <c>string[]</c>, as extraction writes it.
/// </summary>
internal static class GraphRecordDecoder
{
    /// <summary>A node.</summary>
    public static NodeRecord Node(CypherNode node)
    {
        var label = node.Labels.FirstOrDefault(label => label != NodeLabels.Entity)
            ?? throw new InvalidDataException($"Node {node.ElementId} has no label besides {NodeLabels.Entity}.");
        return new NodeRecord(IdOf(node.Properties, node.ElementId), label, Visible(node.Properties));
    }

    /// <summary>A relationship, with the ids of the nodes it starts and ends at.</summary>
    public static RelationshipRecord Relationship(CypherRelationship relationship, string startId, string endId) =>
        new(IdOf(relationship.Properties, relationship.ElementId), relationship.Type, startId, endId, Visible(relationship.Properties));

    /// <summary>
    /// A relationship returned as the map <c>{relationship: r, startId: a.id, endId: b.id}</c> (see
    /// <see cref="RelationshipMap"/>), the shape read statements return relationships in.
    /// </summary>
    public static RelationshipRecord Relationship(object? map)
    {
        var fields = (IReadOnlyDictionary<string, object?>)map!;
        return Relationship((CypherRelationship)fields["relationship"]!, (string)fields["startId"]!, (string)fields["endId"]!);
    }

    /// <summary>The Cypher map expression that <see cref="Relationship(object?)"/> reads.</summary>
    public static string RelationshipMap(string relationship) =>
        $"{{relationship: {relationship}, startId: startNode({relationship}).id, endId: endNode({relationship}).id}}";

    /// <summary>A path, each relationship's ends named by the ids of the path's nodes.</summary>
    public static GraphPath Path(CypherPath path)
    {
        var nodes = path.Nodes.Select(Node).ToList();
        var idsByElementId = path.Nodes.Zip(nodes).ToDictionary(pair => pair.First.ElementId, pair => pair.Second.Id, StringComparer.Ordinal);
        var relationships = path.Relationships
            .Select(relationship => Relationship(relationship, idsByElementId[relationship.StartNodeElementId], idsByElementId[relationship.EndNodeElementId]))
            .ToList();
        return new GraphPath(nodes, relationships);
    }

    /// <summary>A list value of a result, each element decoded.</summary>
    public static List<T> List<T>(object? value, Func<object?, T> decode) =>
        ((IReadOnlyList<object?>)value!).Select(decode).ToList();

    private static string IdOf(IReadOnlyDictionary<string, object?> properties, string elementId) =>
        properties.GetValueOrDefault(Neo4jGraphModel.IdProperty) as string
            ?? throw new InvalidDataException($"Element {elementId} has no '{Neo4jGraphModel.IdProperty}' property.");

    private static Dictionary<string, object?> Visible(IReadOnlyDictionary<string, object?> properties) =>
        properties
            .Where(property => property.Key != Neo4jGraphModel.IdProperty && !property.Key.StartsWith('_'))
            .ToDictionary(property => property.Key, property => Plain(property.Value), StringComparer.Ordinal);

    private static object? Plain(object? value) =>
        value is IReadOnlyList<object?> list && list.All(element => element is string)
            ? list.Cast<string>().ToArray()
            : value;
}
