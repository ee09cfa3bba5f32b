using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>The API allowing one frontend's origin.</summary>
public sealed class FrontendOriginApiFactory : SeededApiFactory
{
    public const string Origin = "https://frontend.example.org";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Cors:Origins:0", Origin + "/");
    }
}

public sealed class CorsTests(FrontendOriginApiFactory api) : IClassFixture<FrontendOriginApiFactory>
{
    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/graphql", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, apollographql-client-name");
        return request;
    }

    [Fact]
    public async Task A_preflight_from_a_configured_origin_is_allowed_for_post_with_its_headers()
    {
        using var client = api.CreateClient();
        using var preflight = Preflight(FrontendOriginApiFactory.Origin);

        using var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([FrontendOriginApiFactory.Origin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("apollographql-client-name", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cross_origin_post_from_a_configured_origin_may_be_read_by_its_page()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", FrontendOriginApiFactory.Origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([FrontendOriginApiFactory.Origin], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_permission()
    {
        using var client = api.CreateClient();
        using var preflight = Preflight("https://elsewhere.example.com");

        using var response = await client.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

[Collection(SeededApi.Name)]
public sealed class CorsOffTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public async Task Without_configured_origins_no_origin_gets_permission()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/graphql", UriKind.Relative));
        request.Headers.Add("Origin", FrontendOriginApiFactory.Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
