using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>Mutations need the configured key in X-Api-Key and are refused before they run; queries stay open.</summary>
public sealed class ApiKeyTests(IngestionFixture fixture) : IClassFixture<IngestionFixture>
{
    private static object Input(string fileName, string text = "凉山州教育体育局关于做好学前教育工作的通知") => new { input = new { fileName, text } };

    [Theory]
    [InlineData(null, "API_KEY_REQUIRED")]
    [InlineData("", "API_KEY_REQUIRED")]
    [InlineData("wrong-key", "INVALID_API_KEY")]
    [InlineData(IngestionApiFactory.ApiKey + "x", "INVALID_API_KEY")]
    public async Task A_mutation_without_the_right_key_gets_401_and_changes_nothing(string? apiKey, string expectedCode)
    {
        var sizeBefore = await fixture.Api.GraphSizeAsync();

        var (status, body) = await fixture.Api.PostAsync(IngestionClient.IngestMutation, Input("unauthorised.txt"), apiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal([expectedCode], body.ErrorCodes());
        Assert.False(body.ContainsKey("data"));
        Assert.Equal(sizeBefore, await fixture.Api.GraphSizeAsync());
        Assert.DoesNotContain("unauthorised.txt", fixture.DataDirectory.FileNames());
    }

    [Fact]
    public async Task The_refusal_names_the_scheme_and_holds_for_legacy_json_clients_too()
    {
        using var client = fixture.Api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        using var response = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new
        {
            query = IngestionClient.IngestMutation,
            variables = Input("legacy.txt"),
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_key_runs_the_mutation()
    {
        var (status, body) = await fixture.Api.PostAsync(IngestionClient.IngestMutation, Input("authorised.txt"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("authorised.txt", body["data"]!["ingestDocument"]!["document"]!["fileName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_request_with_the_key_may_carry_a_body_larger_than_a_query_may_be()
    {
        // Sent as JSON with every Chinese character escaped, the notice's 85 KB grow past the 128 KB a query body may have.
        var large = Input("large.txt", SeedText.Liangshan);

        var (withoutKey, refusal) = await fixture.Api.PostAsync(IngestionClient.IngestMutation, large, apiKey: null);
        var (withKey, _) = await fixture.Api.PostAsync(IngestionClient.IngestMutation, large);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withoutKey);
        Assert.Equal(["REQUEST_TOO_LARGE"], refusal.ErrorCodes());
        Assert.Equal(HttpStatusCode.OK, withKey);
    }

    [Fact]
    public async Task Queries_need_no_key()
    {
        var (status, body) = await fixture.Api.PostAsync(IngestionClient.GraphSizeQuery, apiKey: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["data"]!["measures"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Without_a_configured_key_mutations_are_disabled_with_403()
    {
        using var dataDirectory = new TemporaryDataDirectory();
        using var api = new IngestionApiFactory(dataDirectory.Path, apiKey: null);

        var (status, body) = await api.PostAsync(IngestionClient.IngestMutation, Input("disabled.txt"), apiKey: "anything");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(["MUTATIONS_DISABLED"], body.ErrorCodes());
        Assert.Empty(dataDirectory.FileNames());
    }

    [Fact]
    public async Task The_key_can_come_from_the_KG_API_KEY_variable()
    {
        using var dataDirectory = new TemporaryDataDirectory();
        // Environment variables reach configuration under their own names, so this is what KG_API_KEY=... gives.
        using var api = new IngestionApiFactory(dataDirectory.Path, apiKey: null)
            .WithWebHostBuilder(builder => builder.UseSetting("KG_API_KEY", "from-the-environment"));

        var (status, _) = await api.PostAsync(IngestionClient.IngestMutation, Input("from_env.txt"), apiKey: "from-the-environment");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["from_env.txt", "from_env.txt.sha256"], dataDirectory.FileNames());
    }
}
