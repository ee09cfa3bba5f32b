using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>
/// Every link of README.md and docs/ to a file leads to a file or folder of this repository; links to the web (the
/// specifications a scalar follows, a tool's home page) cannot be checked offline and are left to the reader.
/// </summary>
public sealed class LinkTests
{
    public static TheoryData<string> Pages() => new(DocumentationPages.Paths);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_leads_to_a_file_of_the_repository(string page)
    {
        var broken = DocumentationPages.LinkTargets(page)
            .Where(target => !target.StartsWith('#') && !IsWebAddress(target))
            .Select(target => (Target: target, Path: DocumentationPages.LinkedPath(page, target)))
            .Where(link => link.Path is null || !Exists(link.Path))
            .Select(link => link.Target)
            .ToList();

        Assert.True(broken.Count == 0, $"{page} links to what the repository does not hold:\n{string.Join("\n", broken)}");
    }

    private static bool IsWebAddress(string target) =>
        target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal);

    private static bool Exists(string path)
    {
        var full = Path.Combine(RepositoryPaths.Root, path);
        return File.Exists(full) || Directory.Exists(full);
    }
}
