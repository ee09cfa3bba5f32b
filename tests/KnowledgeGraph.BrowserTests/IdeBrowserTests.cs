using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.BrowserTests;

/// <summary>A researcher opens /graphql in a real browser and runs the starter query.</summary>
public sealed class IdeBrowserTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    // package.json, the driver script and artifacts/ live in this project's folder of the source tree.
    private static readonly string ProjectDirectory = RepositoryPaths.TestProject("KnowledgeGraph.BrowserTests");

    [Fact]
    public async Task A_researcher_runs_the_starter_query_in_the_IDE_and_the_page_talks_only_to_the_API()
    {
        // Debian's Chromium and playwright-core come from the project's own set-up, not from the machine.
        var install = await ExternalProcess.RunAsync(
            "bash", [Path.Combine(RepositoryPaths.Root, "scripts", "install-browser.sh")], ProjectDirectory, TimeSpan.FromMinutes(15));
        Assert.True(install.ExitCode == 0, $"scripts/install-browser.sh failed:\n{install.Output}");

        var address = api.StartAndGetAddress();
        var screenshot = Path.Combine(ProjectDirectory, "artifacts", "ide.png");
        var run = await ExternalProcess.RunAsync(
            "node", ["run-starter-query.mjs", address.ToString(), screenshot], ProjectDirectory, TimeSpan.FromMinutes(3));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"run-starter-query.mjs failed:\n{run.Output}");
    }
}
