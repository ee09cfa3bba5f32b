using System.Net;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Testing.Neo4j;

/// <summary>
/// What <see cref="FakeQueryApi"/> answers to one request for a statement, in the Query API's documented shapes.
/// Values are typed JSON text, as the server sends them (<c>{"$type":"Integer","_value":"1"}</c>).
/// </summary>
public sealed record FakeReply
{
    public HttpStatusCode Status { get; private init; } = HttpStatusCode.Accepted;

    public string[] Fields { get; private init; } = [];

    /// <summary>The rows as a JSON array of arrays of typed values, or null for an answer with no data.</summary>
    public string? ValuesJson { get; private init; }

    public string? CountersJson { get; private init; }

    public string? ErrorCode { get; private init; }

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Close the connection instead of answering, as a server that goes away does.</summary>
    public bool DropsConnection { get; private init; }

    /// <summary>The server's notifications on a successful statement, as (code, title, description).</summary>
    public (string Code, string Title, string Description)[] Notifications { get; private init; } = [];

    public bool IsError => ErrorCode is not null;

    /// <summary>Rows of typed values, and optionally the counters of what the statement changed.</summary>
    public static FakeReply Rows(string[] fields, string valuesJson, string? countersJson = null) =>
        new() { Fields = fields, ValuesJson = valuesJson, CountersJson = countersJson };

    /// <summary>A statement that returns nothing.</summary>
    public static FakeReply Empty { get; } = Rows([], "[]");

    /// <summary>An error body with a Neo4j code, with the status the server uses for it.</summary>
    public static FakeReply Error(HttpStatusCode status, string code) => new() { Status = status, ErrorCode = code };

    /// <summary>A failure after results began to stream: 202 with both data and errors.</summary>
    public static FakeReply ErrorAfterData(string[] fields, string valuesJson, string code) =>
        new() { Fields = fields, ValuesJson = valuesJson, ErrorCode = code };

    /// <summary>Transient errors come with 400, like client errors; only the code tells them apart.</summary>
    public static FakeReply Transient(string code = "Neo.TransientError.Transaction.DeadlockDetected") =>
        Error(HttpStatusCode.BadRequest, code);

    public static FakeReply DroppedConnection { get; } = new() { DropsConnection = true };

    public FakeReply After(TimeSpan delay) => this with { Delay = delay };

    /// <summary>This reply with a notification, in the shape the Query API sends it.</summary>
    public FakeReply WithNotification(string code, string title, string description) =>
        this with { Notifications = [.. Notifications, (code, title, description)] };

    public JsonObject ToBody()
    {
        var body = new JsonObject();
        if (ValuesJson is not null)
        {
            body["data"] = new JsonObject
            {
                ["fields"] = new JsonArray(Fields.Select(field => (JsonNode)field).ToArray()),
                ["values"] = JsonNode.Parse(ValuesJson),
            };
        }

        if (CountersJson is not null)
        {
            body["counters"] = JsonNode.Parse(CountersJson);
        }

        if (Notifications.Length > 0)
        {
            body["notifications"] = new JsonArray(Notifications.Select(notification => (JsonNode)new JsonObject
            {
                ["code"] = notification.Code,
                ["title"] = notification.Title,
                ["description"] = notification.Description,
                ["severity"] = "WARNING",
                ["category"] = "PERFORMANCE",
                ["position"] = new JsonObject { ["offset"] = 0, ["line"] = 1, ["column"] = 1 },
            }).ToArray());
        }

        if (ErrorCode is not null)
        {
            body["errors"] = new JsonArray(new JsonObject { ["code"] = ErrorCode, ["message"] = $"scripted {ErrorCode}" });
        }

        return body;
    }
}
