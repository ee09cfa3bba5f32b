using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Decodes the Query API's typed JSON (<c>application/vnd.neo4j.query</c>), where every value is
/// <c>{"$type": T, "_value": V}</c>, into plain .NET values: Null → null, Boolean → <see cref="bool"/>, Integer (sent
/// as a string, so that 64 bits survive JSON) → <see cref="long"/>, Float (a string too) → <see cref="double"/>,
/// String → <see cref="string"/>, Base64 → byte array, List → read-only list, Map → read-only dictionary,
/// Date → <see cref="DateOnly"/>, LocalTime → <see cref="TimeOnly"/>, LocalDateTime → <see cref="DateTime"/>,
/// OffsetDateTime and ZonedDateTime → <see cref="DateTimeOffset"/> (a zone name is dropped, its offset kept), Node,
/// Relationship and Path → <see cref="CypherNode"/>, <see cref="CypherRelationship"/>, <see cref="CypherPath"/>.
/// Time (with an offset), Duration and Point have no exact .NET twin and stay as their ISO 8601 or WKT text.
/// </summary>
internal static class TypedValueReader
{
    public static object? Read(JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object || !typed.TryGetProperty("$type", out var type) || !typed.TryGetProperty("_value", out var value))
        {
            throw new FormatException($"Not a typed Query API value: {Abbreviate(typed)}");
        }

        return type.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ReadFloat(value.GetString()!),
            "String" => value.GetString(),
            "Base64" => value.GetBytesFromBase64(),
            "List" => ReadList(value),
            "Map" => ReadMap(value),
            "Date" => DateOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "LocalTime" => TimeOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "OffsetDateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "ZonedDateTime" => DateTimeOffset.Parse(WithoutZoneName(value.GetString()!), CultureInfo.InvariantCulture),
            "Time" or "Duration" or "Point" => value.GetString(),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            var unknown => throw new FormatException($"Unknown Query API type '{unknown}'."),
        };
    }

    private static double ReadFloat(string text) => text switch
    {
        // Cypher's special floats are spelled as Java prints them.
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static List<object?> ReadList(JsonElement items)
    {
        var list = new List<object?>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries.EnumerateObject())
        {
            map[entry.Name] = Read(entry.Value);
        }

        return map;
    }

    private static CypherNode ReadNode(JsonElement node) => new(
        node.GetProperty("_element_id").GetString()!,
        node.GetProperty("_labels").EnumerateArray().Select(label => label.GetString()!).ToList(),
        ReadMap(node.GetProperty("_properties")));

    private static CypherRelationship ReadRelationship(JsonElement relationship) => new(
        relationship.GetProperty("_element_id").GetString()!,
        relationship.GetProperty("_start_node_element_id").GetString()!,
        relationship.GetProperty("_end_node_element_id").GetString()!,
        relationship.GetProperty("_type").GetString()!,
        ReadMap(relationship.GetProperty("_properties")));

    // A path is a list that alternates node and relationship, starting and ending with a node.
    private static CypherPath ReadPath(JsonElement elements)
    {
        var nodes = new List<CypherNode>();
        var relationships = new List<CypherRelationship>();
        foreach (var element in elements.EnumerateArray())
        {
            switch (Read(element))
            {
                case CypherNode node:
                    nodes.Add(node);
                    break;
                case CypherRelationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new FormatException($"A path holds only nodes and relationships, not {Abbreviate(element)}.");
            }
        }

        return new CypherPath(nodes, relationships);
    }

    // 2015-11-21T21:40:32.142Z[Antarctica/Troll]: .NET parses the instant and offset, not the IANA zone name.
    private static string WithoutZoneName(string zoned)
    {
        var bracket = zoned.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? zoned : zoned[..bracket];
    }

    private static string Abbreviate(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}
