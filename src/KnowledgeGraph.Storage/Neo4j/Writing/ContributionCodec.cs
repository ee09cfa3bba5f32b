using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// One document's own record of a node or relationship as the Neo4j store keeps it beside the merged record
/// (<see cref="Neo4jGraphModel.ContributionsProperty"/>): a JSON text, because Neo4j properties cannot hold maps. It
/// keeps exactly what the document's batch said (null values included), so a document's previous batch can be read
/// back from the store to count what a new one changes, and a shared node can be merged again when one of its
/// documents changes. Property keys are written in ordinal order, so the same record always gives the same text.
/// </summary>
internal static class ContributionCodec
{
    private const string LabelKey = "label";
    private const string TypeKey = "type";
    private const string StartKey = "startId";
    private const string EndKey = "endId";
    private const string PositionKey = "position";
    private const string PropertiesKey = "properties";

    public static string Encode(NodeRecord node, int position) => Write(writer =>
    {
        writer.WriteString(LabelKey, node.Label);
        writer.WriteNumber(PositionKey, position);
        WriteProperties(writer, node.Properties);
    });

    public static string Encode(RelationshipRecord relationship, int position) => Write(writer =>
    {
        writer.WriteString(TypeKey, relationship.Type);
        writer.WriteString(StartKey, relationship.StartId);
        writer.WriteString(EndKey, relationship.EndId);
        writer.WriteNumber(PositionKey, position);
        WriteProperties(writer, relationship.Properties);
    });

    public static Contribution<NodeRecord> DecodeNode(string id, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var node = new NodeRecord(id, root.GetProperty(LabelKey).GetString()!, ReadProperties(root.GetProperty(PropertiesKey)));
        return new Contribution<NodeRecord>(node, root.GetProperty(PositionKey).GetInt32(), json);
    }

    public static Contribution<RelationshipRecord> DecodeRelationship(string id, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var relationship = new RelationshipRecord(
            id,
            root.GetProperty(TypeKey).GetString()!,
            root.GetProperty(StartKey).GetString()!,
            root.GetProperty(EndKey).GetString()!,
            ReadProperties(root.GetProperty(PropertiesKey)));
        return new Contribution<RelationshipRecord>(relationship, root.GetProperty(PositionKey).GetInt32(), json);
    }

    private static string Write(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject(PropertiesKey);
        foreach (var (name, value) in properties.OrderBy(property => property.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    // NodeRecord's values: strings, 64-bit integers, booleans and lists of strings (null too, kept as written).
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A graph property cannot be a {value.GetType()}.", nameof(value));
        }
    }

    private static Dictionary<string, object?> ReadProperties(JsonElement properties)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            values[property.Name] = ReadValue(property.Value);
        }

        return values;
    }

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
            value.EnumerateArray().Select(item => item.GetString()!).ToList(),
        JsonValueKind.Array => value.EnumerateArray().Select(ReadValue).ToList(),
        _ => throw new FormatException($"A stored contribution holds an unexpected {value.ValueKind}."),
    };
}

/// <summary>A document's own record of a node or relationship, its position in the document's batch, and its stored text.</summary>
internal sealed record Contribution<TRecord>(TRecord Record, int Position, string Encoded);
