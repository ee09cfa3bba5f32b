using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>The API the .http file talks to: the seed documents, a data directory of its own, and the file's API key.</summary>
public sealed class HttpFileApiFixture : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public HttpFileApiFixture() => Api = new IngestionApiFactory(_dataDirectory.Path, HttpFile.Default.Variables["apiKey"]);

    internal IngestionApiFactory Api { get; }

    public void Dispose()
    {
        Api.Dispose();
        _dataDirectory.Dispose();
    }
}

/// <summary>
/// The .http file sends the documented operations and nothing else, every one of them, and each request succeeds as
/// written.
/// </summary>
public sealed partial class HttpFileTests(HttpFileApiFixture fixture) : IClassFixture<HttpFileApiFixture>
{
    public static TheoryData<string> Requests() => new(HttpFile.Default.Requests.Select(request => request.Title));

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_succeeds(string title)
    {
        var request = HttpFile.Default.Requests.Single(request => request.Title == title);
        using var client = fixture.Api.CreateClient();

        using var response = await client.SendAsync(request.ToMessage());

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        if (request.Url.AbsolutePath == "/graphql")
        {
            var data = JsonNode.Parse(body)!.AsObject();
            Assert.False(data.ContainsKey("errors"), body);
            Assert.All(data["data"]!.AsObject(), field => Assert.NotNull(field.Value));
            Assert.All(data["data"]!.AsObject(), field => Assert.Null((field.Value as JsonObject)?["errors"]));
        }
    }

    [Fact]
    public void Every_operation_it_sends_is_a_documented_one()
    {
        var documented = DocumentationPages.Operations.Select(operation => OneLine(operation.Text)).ToHashSet();

        var undocumented = HttpFile.Default.Requests.Select(request => request.Operation).OfType<string>().Where(operation => !documented.Contains(OneLine(operation))).ToList();

        Assert.True(undocumented.Count == 0, $"{HttpFile.Path} sends operations that no page documents:\n{string.Join("\n", undocumented)}");
    }

    [Fact]
    public void Every_documented_operation_is_sent()
    {
        var sent = HttpFile.Default.Requests.Select(request => request.Operation).OfType<string>().Select(OneLine).ToHashSet();

        var unsent = DocumentationPages.Operations.Where(operation => !sent.Contains(OneLine(operation.Text))).Select(operation => $"{operation.Page}: {operation.Name}").ToList();

        Assert.True(unsent.Count == 0, $"Add a request to {HttpFile.Path} for each of:\n{string.Join("\n", unsent)}");
    }

    /// <summary>An operation with its white space collapsed: the .http file writes each on one line of JSON.</summary>
    private static string OneLine(string operation) => WhiteSpace().Replace(operation, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
