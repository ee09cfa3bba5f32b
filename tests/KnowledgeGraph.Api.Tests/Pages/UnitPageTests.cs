using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Pages;

/// <summary>
/// <c>/units/{name}</c> shows what the GraphQL API says of a unit: the same measures in each role, each with the same
/// units, and the unit's aliases; aliases lead to the canonical page and unknown names to a 404 page.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class UnitPageTests(KnowledgeGraphApiFactory api)
{
    private const string UnitQuery = """
        query UnitForPage($name: String!) {
          units(where: { name: { eq: $name } }) {
            nodes {
              name
              aliases
              lead: measures(role: LEAD, first: 100) { totalCount nodes { id title leadUnits { name } coUnits { name } } }
              co: measures(role: CO, first: 100) { totalCount nodes { id title leadUnits { name } coUnits { name } } }
            }
          }
        }
        """;

    // The units that lead the most measures, as the API ranks them: the page must agree for each, not for one picked by hand.
    public static TheoryData<int> TopUnits => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(TopUnits))]
    public async Task A_unit_page_lists_exactly_the_measures_the_API_returns_for_the_unit_in_each_role(int rank)
    {
        var name = (await TopLeadUnitsAsync())[rank];
        var unit = (await api.DataAsync(UnitQuery, new { name }))["units"]!["nodes"]![0]!;

        var (response, page) = await api.GetPageAsync(UnitPageReader.UrlOf(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent);
        foreach (var (role, field) in new[] { ("lead", "lead"), ("co", "co") })
        {
            var expected = unit[field]!["nodes"]!.AsArray().Select(Listed).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
            Assert.True(unit[field]!["totalCount"]!.GetValue<int>() <= 100, "The unit holds more measures than one page of the API; page through them.");
            var listed = page.Measures(role).Select(m => m with { Quote = null }).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Select(m => m.Id), listed.Select(m => m.Id));
            Assert.All(expected.Zip(listed), pair =>
            {
                Assert.Equal(pair.First.Title, pair.Second.Title);
                Assert.Equal(pair.First.LeadUnits, pair.Second.LeadUnits);
                Assert.Equal(pair.First.CoUnits, pair.Second.CoUnits);
            });
        }
    }

    [Fact]
    public async Task Each_measure_quotes_the_responsibility_bracket_that_names_the_unit()
    {
        var (_, page) = await api.GetPageAsync(UnitPageReader.UrlOf(KnownNodes.FinanceBureau));
        var measures = page.Measures("lead").Concat(page.Measures("co")).ToList();

        Assert.NotEmpty(measures);
        var aliases = page.QuerySelector(".aliases")!.TextContent.Split('、');
        Assert.All(measures, measure =>
        {
            Assert.NotNull(measure.Quote);
            Assert.Contains("责任单位", measure.Quote);
            Assert.Contains(aliases.Append(KnownNodes.FinanceBureau), name => measure.Quote!.Contains(name, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task The_page_shows_the_aliases_the_API_gives_the_unit()
    {
        var unit = (await api.DataAsync(UnitQuery, new { name = KnownNodes.FinanceBureau }))["units"]!["nodes"]![0]!;

        var (_, page) = await api.GetPageAsync(UnitPageReader.UrlOf(KnownNodes.FinanceBureau));

        Assert.NotEmpty(unit["aliases"]!.AsArray());
        Assert.Equal(unit["aliases"]!.AsArray().Select(a => a!.GetValue<string>()), page.QuerySelector(".aliases")!.TextContent.Split('、'));
    }

    [Fact]
    public async Task An_alias_of_one_unit_redirects_to_the_unit_s_page()
    {
        var alias = (await api.DataAsync(UnitQuery, new { name = KnownNodes.FinanceBureau }))["units"]!["nodes"]![0]!["aliases"]![0]!.GetValue<string>();
        var holders = await api.DataAsync(
            "query AliasHolders($alias: String!) { units(where: { aliases: { some: { eq: $alias } } }) { totalCount } }", new { alias });
        Assert.Equal(1, holders["units"]!["totalCount"]!.GetValue<int>());

        var (response, _) = await api.GetPageAsync(UnitPageReader.UrlOf(alias), followRedirects: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(UnitPageReader.UrlOf(KnownNodes.FinanceBureau), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_name_gets_a_404_page_in_Chinese()
    {
        var (response, page) = await api.GetPageAsync(UnitPageReader.UrlOf("不存在的单位"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("不存在的单位", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert('单位')</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>&amp;")]
    [InlineData("财政局/../../graphql?x=1")]
    public async Task A_hostile_name_is_shown_as_text_and_runs_nothing(string name)
    {
        var (response, page) = await api.GetPageAsync(UnitPageReader.UrlOf(name));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Contains(name, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_declare_Chinese_and_fit_a_phone_screen()
    {
        var (_, page) = await api.GetPageAsync(UnitPageReader.UrlOf(KnownNodes.FinanceBureau));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("width=device-width", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ranking_page_ranks_units_as_unitResponsibility_ranks_them_by_measures_led()
    {
        var ranked = (await api.DataAsync(
            "query LeadRanking { unitResponsibility(role: LEAD, first: 100) { lead co unit { name } } }"))["unitResponsibility"]!.AsArray();

        var (response, page) = await api.GetPageAsync("/units");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.ranking tbody tr")
            .Select(row => (Name: row.QuerySelector("a")!.TextContent, Lead: int.Parse(row.QuerySelector(".lead")!.TextContent, CultureInfo.InvariantCulture), Co: int.Parse(row.QuerySelector(".co")!.TextContent, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.True(rows.Count >= ranked.Count);
        Assert.Equal(
            ranked.Select(r => (r!["unit"]!["name"]!.GetValue<string>(), r["lead"]!.GetValue<int>(), r["co"]!.GetValue<int>())),
            rows.Take(ranked.Count));
    }

    [Fact]
    public async Task Every_unit_link_on_the_ranking_page_opens_that_unit_s_page()
    {
        var (_, ranking) = await api.GetPageAsync("/units");
        var first = ranking.QuerySelector("table.ranking tbody a")!;

        var (response, page) = await api.GetPageAsync(first.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(first.TextContent, page.QuerySelector("h1")!.TextContent);
    }

    private async Task<List<string>> TopLeadUnitsAsync() =>
        (await api.DataAsync("query TopLeaders { unitResponsibility(role: LEAD, first: 5) { unit { name } } }"))["unitResponsibility"]!
            .AsArray().Select(r => r!["unit"]!["name"]!.GetValue<string>()).ToList();

    private static ListedMeasure Listed(JsonNode? measure) => new(
        measure!["id"]!.GetValue<string>(),
        measure["title"]!.GetValue<string>(),
        measure["leadUnits"].Values<string>("name").ToList(),
        measure["coUnits"].Values<string>("name").ToList(),
        null);
}
