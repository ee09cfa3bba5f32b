using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Storage.Neo4j.Reading;

/// <summary>
/// The only names a read statement writes into its text rather than passing as a parameter: labels and relationship
/// types from <see cref="NodeLabels"/> and <see cref="RelationshipTypes"/> (so that Neo4j plans with a static label or
/// type and can use its indexes), and property names that are plain identifiers. Anything else is refused, so no value
/// a client sends can change a statement's shape.
/// </summary>
internal static partial class CypherNames
{
    /// <summary>Every property name of the graph model.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        typeof(PropertyNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    /// <summary>A node label, checked against the graph model.</summary>
    /// <exception cref="ArgumentException">The label is not one of <see cref="NodeLabels"/>.</exception>
    public static string Label(string label) => NodeLabels.All.Contains(label, StringComparer.Ordinal)
        ? label
        : throw new ArgumentException($"'{label}' is not a node label of the graph model.", nameof(label));

    /// <summary>A relationship type, checked against the graph model.</summary>
    /// <exception cref="ArgumentException">The type is not one of <see cref="RelationshipTypes"/>.</exception>
    public static string Type(string type) => RelationshipTypes.All.Contains(type, StringComparer.Ordinal)
        ? type
        : throw new ArgumentException($"'{type}' is not a relationship type of the graph model.", nameof(type));

    /// <summary>
    /// A node's property as a Cypher expression: <c>n.`title`</c>. A name a record never shows (the id, which is not a
    /// property of a <see cref="NodeRecord"/>, and the store's underscore bookkeeping) reads as missing, as it does in the
    /// embedded store.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public static string Property(string variable, string property)
    {
        if (!Identifier().IsMatch(property))
        {
            throw new ArgumentException($"'{property}' is not a property name.", nameof(property));
        }

        return property == Neo4jGraphModel.IdProperty ? "null" : $"{variable}.`{property}`";
    }

    /// <summary>A relationship pattern with the arrow of a direction, seen from the node on its left.</summary>
    public static string Arrow(RelationshipDirection direction, string relationship) => direction switch
    {
        RelationshipDirection.Outgoing => $"-[{relationship}]->",
        RelationshipDirection.Incoming => $"<-[{relationship}]-",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>A relationship pattern with the arrow of a traversal direction, seen from the node on its left.</summary>
    public static string Arrow(TraversalDirection direction, string relationship) => direction switch
    {
        TraversalDirection.Outgoing => $"-[{relationship}]->",
        TraversalDirection.Incoming => $"<-[{relationship}]-",
        TraversalDirection.Both => $"-[{relationship}]-",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>
    /// A relationship pattern's inside for a list of types: <c>:$any($types)</c>, or nothing for every type (an empty
    /// list would match no relationship at all).
    /// </summary>
    public static string AnyType(string variable, IReadOnlyCollection<string> types, string parameter) =>
        types.Count == 0 ? variable : $"{variable}:$any(${parameter})";

    /// <summary>Document order of nodes or relationships: by the document that holds them, then their place in its batch.</summary>
    public static string DocumentOrder(string variable) =>
        $"{variable}.{Neo4jGraphModel.DocumentIdProperty}, {variable}.{Neo4jGraphModel.PositionProperty}";

    // Letters and digits only: no underscore, so the store's bookkeeping stays out of reach, and nothing to escape.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex Identifier();
}
