using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.BrowserTests;

/// <summary>A researcher opens /graphql in a real browser: what the IDE shows them, step by step.</summary>
public sealed class IdeBrowserTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    // package.json and the driver script live in this project's folder of the source tree.
    private static readonly string ProjectDirectory = RepositoryPaths.TestProject("KnowledgeGraph.BrowserTests");

    [Fact]
    public async Task A_researcher_finds_the_starter_query_open_browses_the_schema_runs_it_and_reads_the_Chinese_results()
    {
        // Debian's Chromium and playwright-core come from the project's own set-up, not from the machine.
        var install = await ExternalProcess.RunAsync(
            "bash", [Path.Combine(RepositoryPaths.Root, "scripts", "install-browser.sh")], ProjectDirectory, TimeSpan.FromMinutes(15));
        Assert.True(install.ExitCode == 0, $"scripts/install-browser.sh failed:\n{install.Output}");

        // One screenshot per step, in the test output, so a failure or a review shows what the researcher saw.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots", "researcher-first-visit");
        if (Directory.Exists(screenshots))
        {
            Directory.Delete(screenshots, recursive: true);
        }

        var address = api.StartAndGetAddress();
        var run = await ExternalProcess.RunAsync(
            "node", ["researcher-first-visit.mjs", address.ToString(), screenshots], ProjectDirectory, TimeSpan.FromMinutes(3));
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"researcher-first-visit.mjs failed:\n{run.Output}");
        Assert.Equal(
            ["01-starter-tab-open.png", "02-schema-reference.png", "03-query-result.png", "04-chinese-response.png"],
            Directory.GetFiles(screenshots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
