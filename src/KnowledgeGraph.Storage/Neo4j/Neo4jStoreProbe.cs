using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Whether Neo4j answers: one trivial read (<c>RETURN 1</c>) with the configured address, credentials and database,
/// sent once. It goes straight to <see cref="QueryApiClient"/> rather than through <see cref="ICypherRunner"/>, whose
/// retries would hold a readiness probe for up to <see cref="Neo4jOptions.RetryBudget"/> when Neo4j is down; the
/// per-request timeout still bounds it. Failures are told in terms of the setting to fix.
/// </summary>
internal sealed class Neo4jStoreProbe(IHttpClientFactory httpClients, IOptions<Neo4jOptions> options, TimeProvider timeProvider) : IGraphStoreProbe
{
    private static readonly CypherStatement CheckConnection = CypherStatement.Read(nameof(CheckConnection), "RETURN 1 AS ok");

    /// <summary>The probe's one statement, for linting with the store's.</summary>
    public static IEnumerable<CypherStatementVariant> StatementVariants() => [CypherStatementVariant.Of(CheckConnection)];

    public async Task<StoreStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var client = new QueryApiClient(httpClients.CreateClient(QueryApiClient.HttpClientName), options.Value, timeProvider);
            await client.RunAsync(CheckConnection, [], cancellationToken).ConfigureAwait(false);
            return StoreStatus.Available($"{Server} answers.");
        }
        catch (Neo4jException failure)
        {
            return StoreStatus.Unavailable(Describe(failure));
        }
        catch (OptionsValidationException invalid)
        {
            // Settings are validated when first read; a command that does not start the host reads them here first.
            return StoreStatus.Unavailable($"The Neo4j settings are not valid: {string.Join(" ", invalid.Failures)}");
        }
    }

    private string Server
    {
        get
        {
            QueryApiAddress.TryResolve(options.Value.Uri, out var address, out _);
            return $"Neo4j at {address} (database '{options.Value.Database}')";
        }
    }

    private string Describe(Neo4jException failure)
    {
        const string Section = Neo4jOptions.SectionName;
        return failure switch
        {
            Neo4jServerException { Neo4jCode: var code } when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) =>
                $"{Server} refused the credentials ({code}): check {Section}:User and {Section}:Password (or NEO4J_USERNAME and NEO4J_PASSWORD).",
            Neo4jServerException { Neo4jCode: "Neo.ClientError.Database.DatabaseNotFound" } =>
                $"{Server} has no such database: check {Section}:Database.",
            // The socket's own words (connection refused, name not known) say more than our wrapping of them.
            Neo4jUnavailableException { InnerException: HttpRequestException connection } =>
                $"{Server} cannot be reached: {connection.Message} Check {Section}:Uri (or NEO4J_URI), and that Neo4j is running.",
            _ => $"{Server} is not usable: {failure.Message}",
        };
    }
}
