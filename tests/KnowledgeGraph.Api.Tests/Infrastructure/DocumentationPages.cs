using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// What a reader meets: README.md and every Markdown page under docs/. Tests read from here the paste-ready operations
/// (each ```graphql block, with the ```json variables block that may follow it) and the links.
/// </summary>
internal static partial class DocumentationPages
{
    /// <summary>Each page's path from the repository root, with <c>/</c> between folders: README.md first.</summary>
    public static IReadOnlyList<string> Paths { get; } = FindPaths();

    /// <summary>Every operation of every page, in page order.</summary>
    public static IReadOnlyList<DocumentedOperation> Operations { get; } = [.. Paths.SelectMany(ReadOperations)];

    /// <summary>The operation named <paramref name="operationName"/>, wherever it is documented (names are unique).</summary>
    public static DocumentedOperation Operation(string operationName) =>
        Operations.Single(operation => operation.Name == operationName);

    /// <summary>The text of a page, or of any file, named by its path from the repository root.</summary>
    public static string Read(string path) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, path));

    /// <summary>The targets of a page's Markdown links (<c>[text](target)</c>), code blocks and code spans left out.</summary>
    public static IEnumerable<string> LinkTargets(string path) =>
        Link().Matches(Code().Replace(Read(path), "")).Select(link => link.Groups["target"].Value);

    /// <summary>The path from the repository root that a link on <paramref name="page"/> leads to, or null for a link that leaves the repository.</summary>
    public static string? LinkedPath(string page, string target)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out _))
        {
            return null;
        }

        var file = Uri.UnescapeDataString(target.Split('#')[0]);
        var full = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(page)!, file));
        var relative = Path.GetRelativePath(RepositoryPaths.Root, full).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.TrimEnd('/');
    }

    private static List<string> FindPaths() =>
    [
        "README.md",
        .. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(page => Path.GetRelativePath(RepositoryPaths.Root, page).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private static IEnumerable<DocumentedOperation> ReadOperations(string page) =>
        Block().Matches(Read(page)).Select(block =>
        {
            var text = block.Groups["operation"].Value;
            var declaration = Declaration().Match(text);
            var variables = block.Groups["variables"];
            return new DocumentedOperation(
                page,
                declaration.Groups["name"].Value,
                declaration.Groups["type"].Value == "mutation",
                text,
                variables.Success ? JsonNode.Parse(variables.Value)!.AsObject() : null);
        });

    [GeneratedRegex("```graphql\\n(?<operation>.*?)```\\n(?:\\n```json\\n(?<variables>.*?)```\\n)?", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^(?<type>query|mutation) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\[[^\]\n]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex("```.*?```|`[^`\\n]*`", RegexOptions.Singleline)]
    private static partial Regex Code();
}

/// <summary>
/// One documented operation, the page it is on, and the variables the page gives for it, if any. An operation written
/// without <c>query Name</c> or <c>mutation Name</c> has the empty name.
/// </summary>
internal sealed record DocumentedOperation(string Page, string Name, bool IsMutation, string Text, JsonObject? Variables);
