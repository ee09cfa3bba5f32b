using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>README.md leads to every page of docs/, and its test command is the one CI runs.</summary>
public sealed partial class FrontPageTests
{
    private const string FrontPage = "README.md";

    [Fact]
    public void It_links_to_every_page_of_the_docs()
    {
        var linked = DocumentationPages.LinkTargets(FrontPage).Select(target => DocumentationPages.LinkedPath(FrontPage, target)).ToHashSet();

        Assert.All(DocumentationPages.Paths.Where(page => page.StartsWith("docs/", StringComparison.Ordinal)), page => Assert.Contains(page, linked));
    }

    [Fact]
    public void Its_test_command_is_the_one_ci_runs()
    {
        var ciCommand = DocumentationPages.Read(".ci/run").TrimEnd().Split('\n')[^1];

        var testCommands = ShellCommand().Matches(DocumentationPages.Read(FrontPage))
            .Select(block => block.Groups["command"].Value)
            .Where(command => command.StartsWith("dotnet test", StringComparison.Ordinal));

        Assert.Equal([ciCommand], testCommands);
    }

    [GeneratedRegex("```sh\\n(?<command>[^\\n]*)\\n```")]
    private static partial Regex ShellCommand();
}
