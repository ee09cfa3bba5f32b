using Xunit.Abstractions;

namespace KnowledgeGraph.BrowserTests;

/// <summary>A reader explores the graph at /explore in a real browser: what the page shows them, step by step.</summary>
public sealed class ExplorerBrowserTests(PatientKestrelApiFactory api, ITestOutputHelper output) : IClassFixture<PatientKestrelApiFactory>
{
    [Fact]
    public async Task A_reader_searches_draws_a_neighbourhood_reads_evidence_expands_filters_finds_a_path_and_reloads_and_goes_back_to_the_same_views()
    {
        await BrowserScript.InstallBrowserAsync();
        var screenshots = BrowserScript.FreshScreenshotFolder("explorer-visit");

        var address = api.StartAndGetAddress();
        // The script checks each step against the API's own answers (counts of nodes, edges and paths) and fails otherwise.
        var run = await BrowserScript.RunAsync(TimeSpan.FromMinutes(4), "explorer-visit.mjs", address.ToString(), screenshots);
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"explorer-visit.mjs failed:\n{run.Output}");
        Assert.Equal(
            [
                "01-empty.png", "02-search-results.png", "03-neighbourhood.png", "04-relationship-evidence.png",
                "05-evidence.png", "06-expanded.png", "07-kind-filter.png", "08-document-text.png", "09-paths.png",
                "10-paths-reloaded.png", "11-back.png",
            ],
            Directory.GetFiles(screenshots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
