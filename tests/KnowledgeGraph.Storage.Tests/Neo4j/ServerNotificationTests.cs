using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The notifications Neo4j returns with a statement (a cartesian product, a deprecation) are logged at Warning with
/// their code, title and the statement's name, each once per statement however often it runs, in or out of a
/// transaction.
/// </summary>
public sealed class ServerNotificationTests : IAsyncLifetime
{
    private const string CartesianProduct = "Neo.ClientNotification.Statement.CartesianProduct";
    private const string CartesianTitle = "This query builds a cartesian product between disconnected patterns.";
    private const string Deprecated = "Neo.ClientNotification.Statement.FeatureDeprecationWarning";
    private const string DeprecatedTitle = "This feature is deprecated and will be removed in future versions.";

    private static readonly CypherStatement Pairs = CypherStatement.Read("Pairs", "MATCH (a:Entity), (b:Entity) RETURN a, b");
    private static readonly CypherStatement OtherPairs = CypherStatement.Read("OtherPairs", "MATCH (a:Unit), (b:Unit) RETURN a, b");
    private static readonly CypherStatement Touch = CypherStatement.Write("Touch", "MATCH (n:Entity) SET n.touched = true");

    private readonly CollectingLogger<QueryApiCypherRunner> _log = new();
    private FakeQueryApi _neo4j = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await FakeQueryApi.StartAsync();
        _services = TestRunners.Services(_neo4j.Address, configure: services => services.AddSingleton<ILogger<QueryApiCypherRunner>>(_log));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _neo4j.DisposeAsync();
    }

    private IEnumerable<(LogLevel Level, string Message)> Notifications =>
        _log.Entries.Where(entry => entry.Message.StartsWith("Neo4j notification", StringComparison.Ordinal));

    [Fact]
    public async Task A_notification_is_logged_once_per_statement_at_Warning_with_its_code_title_and_the_statements_name()
    {
        var cartesian = FakeReply.Empty.WithNotification(CartesianProduct, CartesianTitle, "The pattern (a), (b) is disconnected.");
        _neo4j.Script(Pairs.Text, cartesian);
        _neo4j.Script(OtherPairs.Text, cartesian);
        var runner = _services.Runner();

        await runner.RunAsync(Pairs);
        await runner.RunAsync(Pairs);
        await runner.RunAsync(OtherPairs);

        Assert.Equal(
            [
                (LogLevel.Warning, $"Neo4j notification {CartesianProduct} for statement 'Pairs': {CartesianTitle} The pattern (a), (b) is disconnected."),
                (LogLevel.Warning, $"Neo4j notification {CartesianProduct} for statement 'OtherPairs': {CartesianTitle} The pattern (a), (b) is disconnected."),
            ],
            Notifications);
    }

    [Fact]
    public async Task Each_distinct_notification_of_a_statement_in_a_transaction_is_logged()
    {
        _neo4j.Script(
            Touch.Text,
            FakeReply.Empty.WithNotification(CartesianProduct, CartesianTitle, "Disconnected.").WithNotification(Deprecated, DeprecatedTitle, "Use the new syntax."));
        var runner = _services.Runner();

        await runner.ExecuteWriteAsync(async (transaction, token) => await transaction.RunAsync(Touch, token));
        await runner.ExecuteWriteAsync(async (transaction, token) => await transaction.RunAsync(Touch, token));

        Assert.Equal(
            [
                $"Neo4j notification {CartesianProduct} for statement 'Touch': {CartesianTitle} Disconnected.",
                $"Neo4j notification {Deprecated} for statement 'Touch': {DeprecatedTitle} Use the new syntax.",
            ],
            Notifications.Select(entry => entry.Message));
        Assert.All(Notifications, entry => Assert.Equal(LogLevel.Warning, entry.Level));
    }
}
