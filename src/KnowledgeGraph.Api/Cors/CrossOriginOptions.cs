namespace KnowledgeGraph.Api.Cors;

/// <summary>Browser origins allowed to call the API from their pages (configuration section <c>KnowledgeGraph:Cors</c>).</summary>
public sealed class CrossOriginOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Cors";

    /// <summary>
    /// Origins such as <c>https://app.example.org</c> (scheme, host and port, no path); none, the default, turns CORS
    /// off, so browsers keep pages of other origins from reading responses.
    /// </summary>
    public IList<string> Origins { get; } = [];
}
