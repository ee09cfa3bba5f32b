using System.Net.Http.Headers;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// One HTTP request per call to Neo4j's Query API, in typed JSON both ways, each bounded by the per-request timeout.
/// No retries here: whether a failure is worth another try depends on the unit of work around it
/// (<see cref="QueryApiCypherRunner"/>). Connection failures and timeouts become <see cref="Neo4jUnavailableException"/>,
/// error bodies <see cref="Neo4jServerException"/>. The server's notifications go to <paramref name="notifications"/>,
/// under the name of the statement they came with.
/// </summary>
internal sealed class QueryApiClient(HttpClient http, Neo4jOptions options, TimeProvider timeProvider, ServerNotificationLog? notifications = null)
{
    /// <summary>The name of the HttpClient the factory configures for the Query API.</summary>
    public const string HttpClientName = "Neo4jQueryApi";

    /// <summary>Neo4j's typed JSON, for requests and responses.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>The header that pins a transaction's later requests to the cluster member that holds it.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private string QueryPath => $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

    /// <summary>Runs a statement in its own transaction (auto-commit).</summary>
    public Task<QueryApiReply> RunAsync(CypherStatement statement, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, QueryPath, StatementBody(statement, bookmarks), null, statement.Name, cancellationToken);

    /// <summary>Opens an explicit transaction for writing.</summary>
    public Task<QueryApiReply> BeginAsync(IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{QueryPath}/tx", Body(writer => WriteSessionFields(writer, AccessMode.Write, bookmarks)), null, "begin transaction", cancellationToken);

    /// <summary>Runs a statement inside an open transaction.</summary>
    public Task<QueryApiReply> RunInTransactionAsync(string transactionId, string? affinity, CypherStatement statement, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, TransactionPath(transactionId), StatementBody(statement, null), affinity, statement.Name, cancellationToken);

    /// <summary>Commits an open transaction.</summary>
    public Task<QueryApiReply> CommitAsync(string transactionId, string? affinity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{TransactionPath(transactionId)}/commit", Body(_ => { }), affinity, "commit", cancellationToken);

    /// <summary>Rolls an open transaction back.</summary>
    public Task<QueryApiReply> RollbackAsync(string transactionId, string? affinity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, TransactionPath(transactionId), null, affinity, "rollback", cancellationToken);

    private string TransactionPath(string transactionId) => $"{QueryPath}/tx/{Uri.EscapeDataString(transactionId)}";

    private async Task<QueryApiReply> SendAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, string statementName, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }

        using var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var replyAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var reply = QueryApiReplyReader.Read(response.StatusCode, bytes, replyAffinity, statementName);
            notifications?.Report(statementName, reply.Result.Notifications);
            return reply;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException($"Neo4j did not answer '{statementName}' within {options.RequestTimeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jUnavailableException($"Cannot reach Neo4j at {http.BaseAddress} for '{statementName}': {exception.Message}", exception);
        }
    }

    // Access mode and bookmarks belong to a transaction's start: an auto-commit statement carries them, a statement
    // inside an explicit transaction (autoCommitBookmarks null) does not.
    private static byte[] StatementBody(CypherStatement statement, IReadOnlyList<string>? autoCommitBookmarks) => Body(writer =>
    {
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        TypedValueWriter.WriteParameters(writer, statement.Parameters);
        writer.WriteBoolean("includeCounters", true);
        if (autoCommitBookmarks is not null)
        {
            WriteSessionFields(writer, statement.AccessMode, autoCommitBookmarks);
        }
    });

    private static void WriteSessionFields(Utf8JsonWriter writer, AccessMode accessMode, IReadOnlyList<string> bookmarks)
    {
        writer.WriteString("accessMode", accessMode == AccessMode.Read ? "Read" : "Write");
        if (bookmarks.Count > 0)
        {
            writer.WriteStartArray("bookmarks");
            foreach (var bookmark in bookmarks)
            {
                writer.WriteStringValue(bookmark);
            }

            writer.WriteEndArray();
        }
    }

    private static byte[] Body(Action<Utf8JsonWriter> writeFields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
