using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.BrowserTests;

/// <summary>A journalist opens a unit's page on a phone: it shows the measures the GraphQL API returns for the unit.</summary>
public sealed class UnitPageBrowserTests(KestrelApiFactory api, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task The_page_of_the_unit_that_leads_most_shows_every_measure_the_API_returns_for_it_on_a_phone()
    {
        await BrowserScript.InstallBrowserAsync();
        var address = api.StartAndGetAddress();

        // The unit and its measures come from the API, as a client would ask, not from a list kept here.
        using var client = new HttpClient { BaseAddress = address };
        using var reply = await client.PostAsJsonAsync("/graphql", new
        {
            query = """
                query LeadingUnitMeasures {
                  unitResponsibility(role: LEAD, first: 1) {
                    unit { name lead: measures(role: LEAD, first: 100) { nodes { title } } co: measures(role: CO, first: 100) { nodes { title } } }
                  }
                }
                """,
        });
        var unit = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!["data"]!["unitResponsibility"]![0]!["unit"]!;
        var titles = new[] { "lead", "co" }
            .SelectMany(role => unit[role]!["nodes"]!.AsArray().Select(measure => measure!["title"]!.GetValue<string>()))
            .Distinct()
            .ToList();
        Assert.NotEmpty(titles);
        var titlesFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(titlesFile, titles);

        var screenshots = BrowserScript.FreshScreenshotFolder("journalist-unit-page");

        try
        {
            var run = await BrowserScript.RunAsync("journalist-unit-page.mjs", address.ToString(), screenshots, unit["name"]!.GetValue<string>(), titlesFile);
            output.WriteLine(run.Output);

            Assert.True(run.ExitCode == 0, $"journalist-unit-page.mjs failed:\n{run.Output}");
            Assert.Equal(
                ["01-unit-page-phone.png", "02-unit-page-phone-full.png"],
                Directory.GetFiles(screenshots).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(titlesFile);
        }
    }
}
