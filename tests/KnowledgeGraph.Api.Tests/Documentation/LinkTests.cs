using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>Every link of README.md and docs/ leads to a file or folder of this repository.</summary>
public sealed class LinkTests
{
    /// <summary>
    /// Pages that colleagues write on their own branches, linked from here before the branches meet. Once they are
    /// merged these paths exist and this list can go.
    /// </summary>
    private static readonly HashSet<string> WrittenOnOtherBranches =
    [
        "docs/limits.md",
        "docs/codegen.md",
        "docs/data-directory.md",
        "docs/commands.md",
        "docs/images/ide-journalist-query.png",
    ];

    public static TheoryData<string> Pages() => new(DocumentationPages.Paths);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_leads_to_a_file_of_the_repository(string page)
    {
        var broken = DocumentationPages.LinkTargets(page)
            .Where(target => !target.StartsWith('#'))
            .Select(target => (Target: target, Path: RepositoryPath(page, target)))
            .Where(link => link.Path is null || !(WrittenOnOtherBranches.Contains(link.Path) || Exists(link.Path)))
            .Select(link => link.Target)
            .ToList();

        Assert.True(broken.Count == 0, $"{page} links to what the repository does not hold:\n{string.Join("\n", broken)}");
    }

    /// <summary>The link's target as a path from the repository root, or null for a link that leaves the repository.</summary>
    internal static string? RepositoryPath(string page, string target)
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

    private static bool Exists(string path)
    {
        var full = Path.Combine(RepositoryPaths.Root, path);
        return File.Exists(full) || Directory.Exists(full);
    }
}
