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
            .Select(target => (Target: target, Path: DocumentationPages.LinkedPath(page, target)))
            .Where(link => link.Path is null || !(WrittenOnOtherBranches.Contains(link.Path) || Exists(link.Path)))
            .Select(link => link.Target)
            .ToList();

        Assert.True(broken.Count == 0, $"{page} links to what the repository does not hold:\n{string.Join("\n", broken)}");
    }

    private static bool Exists(string path)
    {
        var full = Path.Combine(RepositoryPaths.Root, path);
        return File.Exists(full) || Directory.Exists(full);
    }
}
