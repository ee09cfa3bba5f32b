using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Tests.Neo4j.Fake;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Writing;

/// <summary>
/// The rows the writer sent in its <c>UNWIND $rows</c> statements, read from the fake's record of requests, and those
/// rows turned into the answer Neo4j would give the writer's read-back once they are stored: the typed values it sent
/// (id, documents, contributions) are the typed values a read returns. This is how tests script "what the store
/// keeps" without the fake running Cypher.
/// </summary>
internal static class WrittenRows
{
    public static readonly string[] ReadFields = ["id", "documentIds", "contributions"];

    /// <summary>The rows (typed JSON maps, unwrapped) of every statement with one of the given texts, in order.</summary>
    public static IEnumerable<JsonObject> Of(IEnumerable<CommittedStatement> statements, IReadOnlyCollection<string> texts) =>
        statements
            .Where(statement => texts.Contains(statement.Text))
            .SelectMany(statement => statement.Parameters!["rows"]!["_value"]!.AsArray())
            .Select(row => row!["_value"]!.AsObject());

    /// <summary>A field of a row, unwrapped from its typed JSON (a string, or a list of strings).</summary>
    public static object? Field(JsonObject row, string name) => Unwrap(row[name]);

    /// <summary>A property the row writes (<c>row.properties[name]</c>), unwrapped.</summary>
    public static object? Property(JsonObject row, string name) => Unwrap(row["properties"]!["_value"]![name]);

    /// <summary>The read-back answer for these rows: one row each, with the stored id, documents and contributions.</summary>
    public static FakeReply AsStored(IEnumerable<JsonObject> rows)
    {
        var values = new JsonArray();
        foreach (var row in rows)
        {
            var properties = row["properties"]!["_value"]!;
            values.Add(new JsonArray(properties["id"]!.DeepClone(), properties["_documentIds"]!.DeepClone(), properties["_contributions"]!.DeepClone()));
        }

        return FakeReply.Rows(ReadFields, values.ToJsonString());
    }

    private static object? Unwrap(JsonNode? typed) => typed?["$type"]?.GetValue<string>() switch
    {
        null or "Null" => null,
        "List" => typed["_value"]!.AsArray().Select(Unwrap).ToList(),
        "Integer" => long.Parse(typed["_value"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
        _ => typed["_value"]!.GetValue<string>(),
    };
}
