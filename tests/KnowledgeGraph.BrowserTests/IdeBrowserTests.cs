using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.BrowserTests;

/// <summary>A researcher opens /graphql in a real browser: what the IDE shows them, step by step.</summary>
public sealed class IdeBrowserTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task A_researcher_finds_the_starter_query_open_browses_the_schema_runs_it_and_reads_the_Chinese_results()
    {
        await BrowserScript.InstallBrowserAsync();
        var screenshots = BrowserScript.FreshScreenshotFolder("researcher-first-visit");

        var address = api.StartAndGetAddress();
        var run = await BrowserScript.RunAsync("researcher-first-visit.mjs", address.ToString(), screenshots);
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"researcher-first-visit.mjs failed:\n{run.Output}");
        Assert.Equal(
            ["01-starter-tab-open.png", "02-schema-reference.png", "03-query-result.png", "04-chinese-response.png"],
            Directory.GetFiles(screenshots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
