using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>
/// src/KnowledgeGraph.Api/KnowledgeGraph.Api.http, read as editors that run .http files read it: <c>@name = value</c>
/// variables, then requests after <c>###</c> title lines (method and URL, headers, a blank line, the body).
/// </summary>
internal sealed partial class HttpFile
{
    public const string Path = "src/KnowledgeGraph.Api/KnowledgeGraph.Api.http";

    private HttpFile(IReadOnlyDictionary<string, string> variables, IReadOnlyList<HttpFileRequest> requests) =>
        (Variables, Requests) = (variables, requests);

    public static HttpFile Default { get; } = Parse(DocumentationPages.Read(Path));

    public IReadOnlyDictionary<string, string> Variables { get; }

    public IReadOnlyList<HttpFileRequest> Requests { get; }

    private static HttpFile Parse(string text)
    {
        var sections = text.ReplaceLineEndings("\n").Split("\n###");
        var variables = VariableLine().Matches(sections[0]).ToDictionary(line => line.Groups["name"].Value, line => line.Groups["value"].Value.Trim());
        var requests = sections.Skip(1).Select(section =>
        {
            var lines = Substitute(section, variables).Split('\n');
            var requestLine = lines[1].Split(' ', 2);
            var headers = lines.Skip(2).TakeWhile(line => line.Length > 0).Select(line => line.Split(':', 2)).ToDictionary(h => h[0].Trim(), h => h[1].Trim());
            var body = string.Join('\n', lines.Skip(3 + headers.Count)).Trim();
            return new HttpFileRequest(lines[0].Trim(), new HttpMethod(requestLine[0]), new Uri(requestLine[1]), headers, body.Length > 0 ? body : null);
        });
        return new HttpFile(variables, [.. requests]);
    }

    private static string Substitute(string text, Dictionary<string, string> variables) =>
        Reference().Replace(text, reference => variables[reference.Groups["name"].Value]);

    [GeneratedRegex(@"^@(?<name>\w+) = (?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex VariableLine();

    [GeneratedRegex(@"\{\{(?<name>\w+)\}\}")]
    private static partial Regex Reference();
}

/// <summary>One request of the .http file, its variables substituted.</summary>
internal sealed record HttpFileRequest(string Title, HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    /// <summary>The GraphQL operation the request sends as text (in a JSON body or a GET <c>query</c> parameter), if any.</summary>
    public string? Operation =>
        Body is not null
            ? JsonNode.Parse(Body)!["query"]?.GetValue<string>()
            : System.Web.HttpUtility.ParseQueryString(Url.Query)["query"];

    /// <summary>The request as the in-process API takes it: the same path, headers and body.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, new Uri(Url.PathAndQuery, UriKind.Relative));
        foreach (var (name, value) in Headers.Where(header => header.Key != "Content-Type"))
        {
            message.Headers.Add(name, value);
        }

        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8, Headers["Content-Type"]);
        }

        return message;
    }
}
