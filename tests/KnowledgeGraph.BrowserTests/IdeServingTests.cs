using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.BrowserTests;

/// <summary>The API serves the Banana Cake Pop IDE under /graphql/, in process, without a browser.</summary>
public sealed partial class IdeServingTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_IDE_page_is_served_at_the_endpoint_path_with_a_trailing_slash()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql/")]
    [InlineData("/graphql/index.html")]
    public async Task The_page_and_the_index_html_the_IDE_caches_for_later_visits_both_open_the_starter_document(string path)
    {
        var page = await _client.GetStringAsync(new Uri(path, UriKind.Relative));
        using var script = await _client.GetAsync(new Uri("/graphql/open-starter-document.js", UriKind.Relative));

        Assert.Contains("""<script defer="defer" src="open-starter-document.js"></script></head>""", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Create Document", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_script_and_style_sheet_the_page_names_is_served_with_its_content_type()
    {
        var page = await _client.GetStringAsync(new Uri("/graphql/", UriKind.Relative));
        var assets = AssetReference().Matches(page).Select(match => match.Groups["path"].Value).ToList();

        Assert.Contains(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            await ServedAssets.AssertServedAsync(_client, "/graphql/" + asset.TrimStart('.', '/'));
        }
    }

    [Theory]
    [InlineData("favicon.svg", "image/svg+xml")]
    [InlineData("manifest.webmanifest", "application/manifest+json")]
    public async Task The_page_icons_and_manifest_are_served_with_their_content_types(string asset, string contentType)
    {
        using var response = await _client.GetAsync(new Uri("/graphql/" + asset, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_IDE_settings_point_it_at_this_API_without_telemetry_and_open_the_journalist_query()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = config.RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(root.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(root.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(root.TryGetProperty("gaTrackingId", out _));
        Assert.False(root.TryGetProperty("endpoint", out _));
        Assert.Contains("query FinanceBureauMeasures", root.GetProperty("graphQLDocument").GetString());
        Assert.Contains("凉山州财政局", root.GetProperty("graphQLDocument").GetString());
    }

    [Theory]
    [InlineData("/graphql/static/js/missing.js")]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/index.mjs")]
    [InlineData("/graphql/LICENSE")]
    [InlineData("/graphql/static")]
    public async Task Files_the_IDE_does_not_have_or_does_not_serve_are_not_found(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/?query=%7B__typename%7D")]
    public async Task The_endpoint_path_itself_and_GraphQL_GET_requests_are_left_to_the_GraphQL_endpoint(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await _client.SendAsync(request);

        Assert.DoesNotContain("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("""(?:src|href)="(?<path>(?:\./)?static/[^"]+)""")]
    private static partial Regex AssetReference();
}
