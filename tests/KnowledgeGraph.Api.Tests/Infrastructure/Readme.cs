using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The README's paste-ready queries: each ```graphql block, with the ```json variables block that may follow it.</summary>
internal static partial class Readme
{
    public static IReadOnlyList<ReadmeQuery> Queries { get; } = Read();

    /// <summary>The query of the block that declares <c>query <paramref name="operationName"/></c>.</summary>
    public static ReadmeQuery Query(string operationName) =>
        Queries.Single(query => Regex.IsMatch(query.Text, $@"^query {operationName}\b", RegexOptions.Multiline));

    /// <summary>The <c>```graphql</c> blocks of a Markdown file of the repository, such as <c>docs/limits.md</c>.</summary>
    public static IReadOnlyList<ReadmeQuery> QueriesIn(string relativePath) => Read(relativePath);

    private static List<ReadmeQuery> Read(string relativePath = "README.md")
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
        return Block().Matches(readme)
            .Select(block => new ReadmeQuery(
                block.Groups["query"].Value,
                block.Groups["variables"].Success ? JsonNode.Parse(block.Groups["variables"].Value)!.AsObject() : null))
            .ToList();
    }

    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\n(?:\\n```json\\n(?<variables>.*?)```\\n)?", RegexOptions.Singleline)]
    private static partial Regex Block();
}

/// <summary>One README query and the variables the README gives for it, if any.</summary>
internal sealed record ReadmeQuery(string Text, JsonObject? Variables);
