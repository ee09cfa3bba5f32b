using System.Globalization;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>
/// Values in the Query API's typed JSON, as a server sends them (integers and floats as strings), for scripting what
/// the fake answers: <c>Node("4:x:1", ["Entity", "Unit"], ("id", "unit:a"))</c>.
/// </summary>
internal static class TypedJson
{
    public static JsonNode Value(object? value) => value switch
    {
        null => Typed("Null", (JsonNode?)null),
        JsonNode node => node,
        string text => Typed("String", text),
        bool flag => Typed("Boolean", flag),
        int or long => Typed("Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        double number => Typed("Float", number.ToString("R", CultureInfo.InvariantCulture)),
        IEnumerable<object?> items => List(items.ToArray()),
        _ => throw new ArgumentException($"No typed JSON for {value.GetType().Name}.", nameof(value)),
    };

    public static JsonNode List(params object?[] items) => Typed("List", new JsonArray(items.Select(item => Value(item).DeepClone()).ToArray()));

    public static JsonNode Map(params (string Key, object? Value)[] entries) => Typed("Map", Properties(entries));

    public static JsonNode Node(string elementId, string[] labels, params (string Key, object? Value)[] properties) => Typed("Node", new JsonObject
    {
        ["_element_id"] = elementId,
        ["_labels"] = new JsonArray(labels.Select(label => (JsonNode)label).ToArray()),
        ["_properties"] = Properties(properties),
    });

    public static JsonNode Relationship(string elementId, string type, string startElementId, string endElementId, params (string Key, object? Value)[] properties) =>
        Typed("Relationship", new JsonObject
        {
            ["_element_id"] = elementId,
            ["_start_node_element_id"] = startElementId,
            ["_end_node_element_id"] = endElementId,
            ["_type"] = type,
            ["_properties"] = Properties(properties),
        });

    /// <summary>A relationship as read statements return one: <c>{relationship, startId, endId}</c>.</summary>
    public static JsonNode RelationshipRow(JsonNode relationship, string startId, string endId) =>
        Map(("relationship", relationship), ("startId", startId), ("endId", endId));

    public static JsonNode Path(params JsonNode[] nodesAndRelationships) => Typed("Path", new JsonArray(nodesAndRelationships.Select(element => element.DeepClone()).ToArray()));

    /// <summary>Rows of values, as the <c>values</c> of a reply.</summary>
    public static string Rows(params object?[][] rows) =>
        new JsonArray(rows.Select(row => (JsonNode)new JsonArray(row.Select(Value).Select(value => value.DeepClone()).ToArray())).ToArray()).ToJsonString();

    private static JsonObject Properties((string Key, object? Value)[] entries)
    {
        var properties = new JsonObject();
        foreach (var (key, value) in entries)
        {
            properties[key] = Value(value).DeepClone();
        }

        return properties;
    }

    private static JsonObject Typed(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };

    private static JsonObject Typed(string type, string? value) => new() { ["$type"] = type, ["_value"] = value };

    private static JsonObject Typed(string type, bool value) => new() { ["$type"] = type, ["_value"] = value };
}
