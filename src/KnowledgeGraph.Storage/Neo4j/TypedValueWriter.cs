using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Writes parameter values as the Query API's typed JSON (<c>{"$type": T, "_value": V}</c>), the inverse of
/// <see cref="TypedValueReader"/>, so that a 64-bit integer stays an Integer and a date stays a Date rather than a
/// string Cypher would compare as text.
/// </summary>
internal static class TypedValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                WriteTyped(writer, "Null", w => w.WriteNullValue());
                break;
            case string text:
                WriteTyped(writer, "String", w => w.WriteStringValue(text));
                break;
            case bool flag:
                WriteTyped(writer, "Boolean", w => w.WriteBooleanValue(flag));
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                WriteTyped(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float:
                WriteTyped(writer, "Float", w => w.WriteStringValue(FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case DateOnly date:
                WriteTyped(writer, "Date", w => w.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case DateTimeOffset instant:
                WriteTyped(writer, "OffsetDateTime", w => w.WriteStringValue(instant.ToString("O", CultureInfo.InvariantCulture)));
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                WriteTyped(writer, "OffsetDateTime", w => w.WriteStringValue(new DateTimeOffset(utc).ToString("O", CultureInfo.InvariantCulture)));
                break;
            case DateTime local:
                WriteTyped(writer, "LocalDateTime", w => w.WriteStringValue(DateTime.SpecifyKind(local, DateTimeKind.Unspecified).ToString("O", CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes:
                WriteTyped(writer, "Base64", w => w.WriteBase64StringValue(bytes));
                break;
            // Maps before lists: a dictionary is enumerable too.
            case IDictionary map:
                WriteTyped(writer, "Map", w => WriteMap(w, map));
                break;
            case IEnumerable items:
                WriteTyped(writer, "List", w => WriteList(w, items));
                break;
            default:
                throw new ArgumentException($"A Cypher parameter cannot be a {value.GetType()}.", nameof(value));
        }
    }

    /// <summary>Writes a statement's parameters as one JSON object of typed values.</summary>
    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            Write(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteTyped(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IDictionary map)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            writer.WritePropertyName(entry.Key as string ?? throw new ArgumentException("Cypher map keys are strings.", nameof(map)));
            Write(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            Write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
