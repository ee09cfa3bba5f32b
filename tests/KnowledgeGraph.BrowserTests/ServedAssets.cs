using System.Net;

namespace KnowledgeGraph.BrowserTests;

/// <summary>What a browser needs of a script or style sheet a page names: it is there, with the right content type.</summary>
internal static class ServedAssets
{
    /// <summary>Asks for <paramref name="path"/> and fails unless it answers 200 as JavaScript (.js) or CSS (.css).</summary>
    public static async Task AssertServedAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        Assert.Equal(
            path.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript",
            response.Content.Headers.ContentType?.MediaType);
    }
}
