using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Reads a Query API response body. The body decides, not the status: the server answers 400 for client and
/// transient errors alike, 404 for an unknown database or transaction, 500 for database errors, and 202 with both
/// <c>data</c> and <c>errors</c> when a failure came after results began to stream. Any <c>errors</c> entry fails the
/// request with its Neo4j code.
/// </summary>
internal static class QueryApiReplyReader
{
    public static QueryApiReply Read(HttpStatusCode status, ReadOnlySpan<byte> body, string? clusterAffinity, string statementName)
    {
        using var document = TryParse(body);
        if (document is not null && document.RootElement.ValueKind == JsonValueKind.Object)
        {
            var root = document.RootElement;
            ThrowOnFirstError(root, statementName);
            if ((int)status is >= 200 and < 300)
            {
                return ReadSuccess(root, clusterAffinity);
            }
        }
        else if ((int)status is >= 200 and < 300 && body.IsEmpty)
        {
            // A rollback (DELETE) may answer with no body at all.
            return new QueryApiReply(new CypherResult([], [], QueryCounters.None, [], []), null, clusterAffinity);
        }

        // An HTTP error with no Query API body comes from something else at that address (a proxy, a wrong port):
        // worth retrying only when it is a gateway or overload answer.
        var mayRecover = status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
        throw new Neo4jUnavailableException(
            $"'{statementName}' got HTTP {(int)status} without a Query API answer; is the address that of Neo4j's HTTP port?",
            null,
            mayRecover);
    }

    private static JsonDocument? TryParse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy, say: not the Query API speaking.
            return null;
        }
    }

    private static void ThrowOnFirstError(JsonElement root, string statementName)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw new Neo4jServerException(
                first.TryGetProperty("code", out var code) ? code.GetString() ?? "Neo.Unknown" : "Neo.Unknown",
                first.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                statementName);
        }
    }

    private static QueryApiReply ReadSuccess(JsonElement root, string? clusterAffinity)
    {
        IReadOnlyList<string> fields = [];
        var records = new List<CypherRecord>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            fields = data.GetProperty("fields").EnumerateArray().Select(field => field.GetString()!).ToList();
            foreach (var row in data.GetProperty("values").EnumerateArray())
            {
                records.Add(new CypherRecord(fields, row.EnumerateArray().Select(TypedValueReader.Read).ToList()));
            }
        }

        var counters = root.TryGetProperty("counters", out var counterObject) ? ReadCounters(counterObject) : QueryCounters.None;
        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var bookmarkArray)
            ? bookmarkArray.EnumerateArray().Select(bookmark => bookmark.GetString()!).ToList()
            : [];

        // Present while the server holds an explicit transaction open; its "expires" is not needed, since every request
        // of ours restarts the idle timer.
        var transactionId = root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
            ? transaction.GetProperty("id").GetString()
            : null;

        return new QueryApiReply(new CypherResult(fields, records, counters, bookmarks, ReadNotifications(root)), transactionId, clusterAffinity);
    }

    private static List<ServerNotification> ReadNotifications(JsonElement root)
    {
        if (!root.TryGetProperty("notifications", out var notifications) || notifications.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        static string Text(JsonElement notification, string name) =>
            notification.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

        return notifications.EnumerateArray()
            .Where(notification => notification.ValueKind == JsonValueKind.Object)
            .Select(notification => new ServerNotification(Text(notification, "code"), Text(notification, "title"), Text(notification, "description")))
            .ToList();
    }

    private static QueryCounters ReadCounters(JsonElement counters)
    {
        long Count(string name) => counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
        return new QueryCounters
        {
            ContainsUpdates = counters.TryGetProperty("containsUpdates", out var updates) && updates.ValueKind == JsonValueKind.True,
            NodesCreated = Count("nodesCreated"),
            NodesDeleted = Count("nodesDeleted"),
            RelationshipsCreated = Count("relationshipsCreated"),
            RelationshipsDeleted = Count("relationshipsDeleted"),
            PropertiesSet = Count("propertiesSet"),
            LabelsAdded = Count("labelsAdded"),
            LabelsRemoved = Count("labelsRemoved"),
            IndexesAdded = Count("indexesAdded"),
            ConstraintsAdded = Count("constraintsAdded"),
        };
    }
}
