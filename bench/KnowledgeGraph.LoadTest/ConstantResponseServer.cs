namespace KnowledgeGraph.LoadTest;

/// <summary>
/// The load test's upper bound: Kestrel answering every POST with the same bytes (the API's answer to the query, saved
/// once), so that what remains between the two is the API's own work, not HTTP's.
/// </summary>
internal static class ConstantResponseServer
{
    public static async Task RunAsync(string url, byte[] response)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/graphql", async (HttpContext http) =>
        {
            // The request is read, as the API reads it, so that only the GraphQL work differs.
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(response, http.RequestAborted);
        });
        Console.WriteLine($"Answering POST {url}/graphql with {response.Length} constant bytes; Ctrl+C stops.");
        await app.RunAsync();
    }
}
