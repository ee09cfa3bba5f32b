using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Http;

[Collection(SeededApi.Name)]
public sealed class GraphQLOverHttpTests(KnowledgeGraphApiFactory api)
{
    private const string FinanceBureauName = """{ units(where: { name: { eq: "凉山州财政局" } }) { nodes { name } } }""";

    private HttpClient Client(string? accept = null)
    {
        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        }

        return client;
    }

    private static StringContent Json(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);

    private static string Body(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task Post_answers_in_the_accepted_media_type_as_utf8(string? accept, string expected)
    {
        using var client = Client(accept);

        using var response = await client.PostAsync("/graphql", Json(Body(FinanceBureauName)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task Chinese_text_is_written_as_is_not_escaped()
    {
        using var client = Client();

        var text = await (await client.PostAsync("/graphql", Json(Body(FinanceBureauName)))).Content.ReadAsStringAsync();

        Assert.Contains("凉山州财政局", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_executes_queries_from_the_query_string()
    {
        using var client = Client("application/graphql-response+json");

        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(FinanceBureauName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("凉山州财政局", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_invalid_query_gets_graphql_errors_not_a_500(string accept, HttpStatusCode expected)
    {
        using var client = Client(accept);

        using var response = await client.PostAsync("/graphql", Json(Body("{ measures { nope } }")));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], body.ErrorCodes());
    }

    [Theory]
    [InlineData("{ measures {", HttpStatusCode.BadRequest)]
    public async Task A_syntax_error_is_a_request_error(string query, HttpStatusCode expected)
    {
        using var client = Client("application/graphql-response+json");

        using var response = await client.PostAsync("/graphql", Json(Body(query)));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, HttpStatusCode> MalformedPosts => new()
    {
        { "{not json", "application/json", HttpStatusCode.BadRequest },
        { """{"query": 42}""", "application/json", HttpStatusCode.BadRequest },
        { """{"variables": {}}""", "application/json", HttpStatusCode.BadRequest },
        { "{ units { totalCount } }", "text/plain", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(MalformedPosts))]
    public async Task Malformed_posts_are_refused_with_a_coded_error(string body, string contentType, HttpStatusCode expected)
    {
        using var client = Client();

        using var response = await client.PostAsync("/graphql", Json(body, contentType));
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], json.ErrorCodes());
    }

    [Fact]
    public async Task Mutations_are_not_executed_over_get()
    {
        using var client = Client();

        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { ingest }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task An_accept_header_without_json_is_not_acceptable()
    {
        using var client = Client("application/xml");

        using var response = await client.PostAsync("/graphql", Json(Body(FinanceBureauName)));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_asking_for_the_endpoint_is_sent_to_the_ide()
    {
        using var client = Client("text/html");

        using var response = await client.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location!.OriginalString);
    }
}
