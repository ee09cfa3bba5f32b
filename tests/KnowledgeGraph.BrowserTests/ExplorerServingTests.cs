using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.BrowserTests;

/// <summary>The API serves the graph explorer at /explore, in process, without a browser.</summary>
public sealed partial class ExplorerServingTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/")]
    [InlineData("/explore?q=%E8%B4%A2%E6%94%BF&depth=2")]
    public async Task The_page_is_served_at_explore_whatever_view_its_query_string_holds(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"zh-Hans\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_and_style_sheet_the_page_names_are_served_from_this_API_with_their_content_types()
    {
        var page = await _client.GetStringAsync(new Uri("/explore", UriKind.Relative));
        var assets = AssetReference().Matches(page).Select(match => match.Groups["path"].Value).ToList();

        Assert.Equal(["/explore/explore.css", "/explore/explore.js"], assets.Order(StringComparer.Ordinal));
        foreach (var asset in assets)
        {
            await ServedAssets.AssertServedAsync(_client, asset);
        }
    }

    [Fact]
    public async Task The_script_sends_exactly_the_explorer_operations_registered_in_persisted()
    {
        var script = await _client.GetStringAsync(new Uri("/explore/explore.js", UriKind.Relative));
        var registered = Directory.GetFiles(RepositoryPaths.PersistedOperations, "Explore*.graphql")
            .Select(file => $"sha256:{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))}");

        var sent = OperationId().Matches(script).Select(match => match.Value).Distinct();

        Assert.Equal(registered.Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/explore/missing.js")]
    [InlineData("/explore/package.json")]
    [InlineData("/explore/build.mjs")]
    [InlineData("/explore/%2e%2e%2fappsettings.json")]
    public async Task Files_the_explorer_does_not_have_are_not_found(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""(?:src|href)="(?<path>/explore/[^"]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("sha256:[0-9a-f]{64}")]
    private static partial Regex OperationId();
}
