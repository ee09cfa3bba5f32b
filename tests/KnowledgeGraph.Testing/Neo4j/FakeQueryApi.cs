using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Testing.Neo4j;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP Query API, served by Kestrel on a loopback port so that every test makes a
/// real HTTP hop. It follows the documented protocol (Basic auth, the database in the path, typed JSON, auto-commit
/// statements, explicit transactions under <c>…/tx</c> with the <c>neo4j-cluster-affinity</c> header and an idle
/// expiry, error bodies with 400/401/404/500/202, counters and bookmarks) but does not run Cypher: each statement text
/// gets the replies a test scripted for it, in order, the last one repeating. It records every request, and what
/// committed transactions wrote (<see cref="Committed"/>), so tests can check both the protocol and atomicity.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "fake-password";
    public const string Database = "neo4j";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<CommittedStatement> _committed = [];
    private readonly Dictionary<string, Queue<FakeReply>> _scripts = [];
    private readonly Queue<FakeReply> _commitReplies = new();
    private readonly Dictionary<string, OpenTransaction> _transactions = [];
    private int _commitCount;
    private int _transactionCount;

    private FakeQueryApi(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>How long a transaction may stay idle before the server forgets it (60 s on a real server).</summary>
    public TimeSpan TransactionIdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<CommittedStatement> Committed
    {
        get
        {
            lock (_gate)
            {
                return [.. _committed];
            }
        }
    }

    public int OpenTransactionCount
    {
        get
        {
            lock (_gate)
            {
                return _transactions.Count;
            }
        }
    }

    /// <summary>Starts the fake on a free loopback port, or on the given one.</summary>
    public static async Task<FakeQueryApi> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.Address = new Uri(app.Urls.Single());
        return fake;
    }

    /// <summary>
    /// What answers a statement no test scripted, from the request (its text and parameters), or null for an empty
    /// result: a test can stand a whole graph behind the fake this way without the fake running Cypher.
    /// </summary>
    public Func<RecordedRequest, FakeReply?>? Responder { get; set; }

    /// <summary>The replies to a statement text, one per request, the last one repeating.</summary>
    public void Script(string statementText, params FakeReply[] replies)
    {
        lock (_gate)
        {
            _scripts[statementText] = new Queue<FakeReply>(replies);
        }
    }

    /// <summary>The failures of the next commits, one each (the transaction is then gone); later commits succeed.</summary>
    public void FailNextCommits(params FakeReply[] failures)
    {
        lock (_gate)
        {
            foreach (var failure in failures)
            {
                _commitReplies.Enqueue(failure);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context.Request);
        var answer = Route(request, context.Request.Path.Value!);
        if (answer.Reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up waiting.
                return;
            }
        }

        if (answer.Reply.DropsConnection)
        {
            context.Abort();
            return;
        }

        var body = answer.Reply.ToBody();
        foreach (var (name, value) in answer.Extra)
        {
            body[name] = value;
        }

        context.Response.StatusCode = (int)answer.Reply.Status;
        context.Response.ContentType = "application/vnd.neo4j.query";
        if (answer.Affinity is not null)
        {
            context.Response.Headers["neo4j-cluster-affinity"] = answer.Affinity;
        }

        await context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }

    private async Task<RecordedRequest> RecordAsync(HttpRequest http)
    {
        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            http.Method,
            http.Path.Value!,
            http.Headers.Authorization.FirstOrDefault(),
            http.Headers.Accept.FirstOrDefault(),
            http.ContentType,
            http.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
            text.Length == 0 ? null : JsonNode.Parse(text)?.AsObject());
        lock (_gate)
        {
            _requests.Add(request);
        }

        return request;
    }

    // Routes: POST /db/{db}/query/v2, POST …/tx, POST …/tx/{id}, POST …/tx/{id}/commit, DELETE …/tx/{id}.
    private Answer Route(RecordedRequest request, string path)
    {
        var expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (request.Authorization != expectedAuthorization)
        {
            return new Answer(FakeReply.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized"));
        }

        var segments = path.Trim('/').Split('/');
        if (segments.Length < 4 || segments[0] != "db" || segments[2] != "query" || segments[3] != "v2")
        {
            return new Answer(FakeReply.Error(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid"));
        }

        if (segments[1] != Database)
        {
            return new Answer(FakeReply.Error(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound"));
        }

        lock (_gate)
        {
            return segments[4..] switch
            {
                [] when request.Method == "POST" => RunAutoCommit(request),
                ["tx"] when request.Method == "POST" => Begin(request),
                ["tx", var id] when request.Method == "POST" => InTransaction(id, request, RunInTransaction),
                ["tx", var id, "commit"] when request.Method == "POST" => InTransaction(id, request, Commit),
                ["tx", var id] when request.Method == "DELETE" => InTransaction(id, request, Rollback),
                _ => new Answer(FakeReply.Error(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid")),
            };
        }
    }

    private Answer RunAutoCommit(RecordedRequest request)
    {
        var reply = NextReply(request);
        if (reply.IsError || reply.DropsConnection)
        {
            return new Answer(reply);
        }

        _committed.Add(new CommittedStatement(request.Statement!, request.Body?["parameters"]?.AsObject()));
        return new Answer(reply, Extra: [("bookmarks", NewBookmarks())]);
    }

    private Answer Begin(RecordedRequest request)
    {
        var transaction = new OpenTransaction($"tx-{++_transactionCount}", $"member-{Guid.NewGuid():N}", Expires(DateTimeOffset.UtcNow));
        _transactions[transaction.Id] = transaction;
        if (request.Statement is not null)
        {
            return RunInTransaction(transaction, request);
        }

        return new Answer(FakeReply.Empty, transaction.Affinity, [("transaction", Describe(transaction))]);
    }

    private Answer InTransaction(string id, RecordedRequest request, Func<OpenTransaction, RecordedRequest, Answer> step)
    {
        if (!_transactions.TryGetValue(id, out var transaction) || transaction.Expires < DateTimeOffset.UtcNow)
        {
            _transactions.Remove(id);
            return new Answer(FakeReply.Error(HttpStatusCode.NotFound, "Neo.ClientError.Transaction.TransactionNotFound"));
        }

        // A cluster routes a request without the member's affinity elsewhere, where the transaction does not exist.
        if (request.ClusterAffinity != transaction.Affinity)
        {
            return new Answer(FakeReply.Error(HttpStatusCode.NotFound, "Neo.ClientError.Transaction.TransactionNotFound"));
        }

        transaction.Expires = Expires(DateTimeOffset.UtcNow);
        return step(transaction, request);
    }

    private Answer RunInTransaction(OpenTransaction transaction, RecordedRequest request)
    {
        var reply = NextReply(request);
        if (reply.IsError || reply.DropsConnection)
        {
            // Neo4j ends a transaction at its first error.
            _transactions.Remove(transaction.Id);
            return new Answer(reply);
        }

        transaction.Pending.Add(new CommittedStatement(request.Statement!, request.Body?["parameters"]?.AsObject()));
        return new Answer(reply, transaction.Affinity, [("transaction", Describe(transaction))]);
    }

    private Answer Commit(OpenTransaction transaction, RecordedRequest request)
    {
        _transactions.Remove(transaction.Id);
        if (_commitReplies.TryDequeue(out var failure))
        {
            return new Answer(failure);
        }

        _committed.AddRange(transaction.Pending);
        return new Answer(FakeReply.Rows([], "[]"), Extra: [("bookmarks", NewBookmarks())]);
    }

    private Answer Rollback(OpenTransaction transaction, RecordedRequest request)
    {
        _transactions.Remove(transaction.Id);
        return new Answer(FakeReply.Rows([], "[]"));
    }

    private FakeReply NextReply(RecordedRequest request)
    {
        if (!_scripts.TryGetValue(request.Statement!, out var replies) || replies.Count == 0)
        {
            return Responder?.Invoke(request) ?? FakeReply.Empty;
        }

        return replies.Count > 1 ? replies.Dequeue() : replies.Peek();
    }

    private JsonArray NewBookmarks() => [$"FB:fake-{++_commitCount}"];

    private DateTimeOffset Expires(DateTimeOffset now) => now + TransactionIdleTimeout;

    private static JsonObject Describe(OpenTransaction transaction) => new()
    {
        ["id"] = transaction.Id,
        ["expires"] = transaction.Expires.ToString("O"),
    };

    private sealed class OpenTransaction(string id, string affinity, DateTimeOffset expires)
    {
        public string Id { get; } = id;

        public string Affinity { get; } = affinity;

        public DateTimeOffset Expires { get; set; } = expires;

        public List<CommittedStatement> Pending { get; } = [];
    }

    private sealed record Answer(FakeReply Reply, string? Affinity = null, (string Name, JsonNode Value)[]? Extra = null)
    {
        public (string Name, JsonNode Value)[] Extra { get; init; } = Extra ?? [];
    }
}
