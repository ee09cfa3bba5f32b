using System.Net;
using System.Text;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The API with small limits, so that each can be reached with a readable query.</summary>
public sealed class SmallLimitsApiFactory : SeededApiFactory
{
    public const int MaxDepth = 4;
    public const int MaxComplexity = 1_000;
    public const int MaxQueryLength = 200;
    public const int MaxRequestBodySize = 1_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Limits:MaxDepth", $"{MaxDepth}");
        builder.UseSetting("KnowledgeGraph:Limits:MaxComplexity", $"{MaxComplexity}");
        builder.UseSetting("KnowledgeGraph:Limits:MaxQueryLength", $"{MaxQueryLength}");
        builder.UseSetting("KnowledgeGraph:Limits:MaxRequestBodySize", $"{MaxRequestBodySize}");
    }
}

public sealed class LimitsTests(SmallLimitsApiFactory api) : IClassFixture<SmallLimitsApiFactory>
{
    // measures (1) > nodes (2) > plan (3) > title (4): as deep as allowed.
    private const string DepthFour = "{ measures(first: 1) { nodes { plan { title } } } }";
    private const string DepthFive = "{ measures(first: 1) { nodes { plan { document { title } } } } }";

    [Fact]
    public async Task An_operation_as_deep_as_the_limit_runs()
    {
        var data = await api.DataAsync(DepthFour);

        Assert.NotNull(data["measures"]!["nodes"]![0]!["plan"]!["title"]);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_operation_deeper_than_the_limit_is_refused_before_it_runs(string accept, HttpStatusCode expected)
    {
        var (status, body) = await api.PostAsync(new { query = DepthFive }, accept);

        Assert.Equal(expected, status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], body.ErrorCodes());
        Assert.False(body.ContainsKey("data"));
        Assert.Contains($"at most {SmallLimitsApiFactory.MaxDepth}", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_multiply_by_page_sizes_so_big_pages_of_lists_are_refused_and_small_ones_run()
    {
        // 100 measures, each with a list of units (costed at the default page size of 20): far above 1000.
        var (status, body) = await api.PostAsync(new { query = "{ measures(first: 100) { nodes { leadUnits { name } } } }" });
        var small = await api.DataAsync("{ measures(first: 5) { nodes { leadUnits { name } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], body.ErrorCodes());
        Assert.Equal(5, small["measures"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_refused_in_a_post_and_in_a_get()
    {
        var query = "{ units(first: 1) { nodes { name } } }" + new string(' ', SmallLimitsApiFactory.MaxQueryLength);
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");

        var (status, body) = await api.PostAsync(new { query });
        using var get = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["QUERY_TOO_LONG"], body.ErrorCodes());
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Contains("QUERY_TOO_LONG", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_refused_with_413()
    {
        var (status, body) = await api.PostAsync(new
        {
            query = "{ __typename }",
            variables = new { padding = new string('x', SmallLimitsApiFactory.MaxRequestBodySize) },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(["REQUEST_TOO_LARGE"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_chunked_body_larger_than_the_limit_is_refused_with_413_too()
    {
        using var client = api.CreateClient();
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            query = "{ __typename }",
            variables = new { padding = new string('x', SmallLimitsApiFactory.MaxRequestBodySize) },
        });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KnowledgeGraph:Limits:MaxDepth", "0")]
    [InlineData("KnowledgeGraph:Limits:MaxComplexity", "-1")]
    [InlineData("KnowledgeGraph:Limits:MaxIntrospectionListNesting", "0")]
    [InlineData("KnowledgeGraph:Limits:MaxFragmentNesting", "0")]
    [InlineData("KnowledgeGraph:Limits:MaxFragmentNesting", "501")]
    [InlineData("KnowledgeGraph:Limits:MaxSelections", "0")]
    [InlineData("KnowledgeGraph:Limits:MaxFieldsPerSelectionSet", "0")]
    [InlineData("KnowledgeGraph:Limits:MaxErrors", "0")]
    [InlineData("KnowledgeGraph:Limits:ExecutionTimeout", "00:00:00")]
    [InlineData("KnowledgeGraph:Limits:ShutdownTimeout", "-00:00:01")]
    [InlineData("KnowledgeGraph:Limits:MaxQueryLength", "0")]
    [InlineData("KnowledgeGraph:Limits:MaxRequestBodySize", "0")]
    [InlineData("KnowledgeGraph:Paging:MaxPageSize", "0")]
    [InlineData("KnowledgeGraph:Paging:DefaultPageSize", "500")]
    public void A_limit_set_to_nonsense_is_refused_by_the_start_up_validation(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLimits().BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[^1], exception.Message, StringComparison.Ordinal);
    }
}
