using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Apis.ApiKeys;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// A deployment may register a mutation as a persisted operation: the key and the POST-only rule hold for it just as
/// for a mutation sent as text, because they are checked on the operation the engine resolved.
/// </summary>
public sealed class PersistedMutationTests : IDisposable
{
    private const string Mutation = """
        mutation IngestPersisted($input: IngestDocumentInput!) {
          ingestDocument(input: $input) { document { fileName } }
        }
        """;

    private readonly TemporaryDataDirectory _dataDirectory = new();
    private readonly TemporaryDataDirectory _operations = new();
    private readonly WebApplicationFactory<Program> _api;

    public PersistedMutationTests()
    {
        Directory.CreateDirectory(_operations.Path);
        File.WriteAllText(Path.Combine(_operations.Path, "IngestPersisted.graphql"), Mutation);
        _api = new IngestionApiFactory(_dataDirectory.Path)
            .WithWebHostBuilder(builder => builder.UseSetting("KnowledgeGraph:PersistedOperations:Path", _operations.Path));
    }

    private static string DocumentId => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Mutation)));

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string? apiKey)
    {
        using var client = _api.CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(MutationApiKeyGate.HeaderName, apiKey);
        }

        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            documentId = DocumentId,
            variables = new { input = new { fileName = "persisted.txt", text = "凉山州教育体育局关于做好学前教育工作的通知" } },
        });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task A_persisted_mutation_without_the_key_is_refused_and_changes_nothing()
    {
        var sizeBefore = await _api.GraphSizeAsync();

        var (status, body) = await PostAsync(apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(["API_KEY_REQUIRED"], body.ErrorCodes());
        Assert.Equal(sizeBefore, await _api.GraphSizeAsync());
        Assert.DoesNotContain("persisted.txt", _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_persisted_mutation_is_not_run_over_get_even_with_the_key()
    {
        using var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add(MutationApiKeyGate.HeaderName, IngestionApiFactory.ApiKey);
        var variables = Uri.EscapeDataString("""{"input":{"fileName":"persisted-get.txt","text":"凉山州教育体育局关于做好学前教育工作的通知"}}""");

        using var response = await client.GetAsync(new Uri($"/graphql?documentId={Uri.EscapeDataString(DocumentId)}&variables={variables}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.DoesNotContain("persisted-get.txt", _dataDirectory.FileNames());
    }

    [Fact]
    public async Task A_persisted_mutation_with_the_key_runs()
    {
        var (status, body) = await PostAsync(IngestionApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("persisted.txt", body["data"]!["ingestDocument"]!["document"]!["fileName"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _api.Dispose();
        _dataDirectory.Dispose();
        _operations.Dispose();
    }
}
