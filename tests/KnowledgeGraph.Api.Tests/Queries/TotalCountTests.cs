using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>A connection's <c>totalCount</c> is counted by the store: a hub's page loads the page, not the hub's relationships.</summary>
public sealed class TotalCountTests(KnowledgeGraphApiFactory api) : IClassFixture<KnowledgeGraphApiFactory>
{
    private const string FinanceBureauFirstTwo = """
        {
          units(where: { name: { eq: "凉山州财政局" } }) {
            nodes {
              measures(role: LEAD, first: 2) { totalCount nodes { title } }
              measuresConnection(role: ANY, first: 2) { totalCount edges { node { title } } }
            }
          }
        }
        """;

    private const string FinanceBureauEverything = """
        {
          units(where: { name: { eq: "凉山州财政局" } }) {
            nodes {
              measures(role: LEAD, first: 100) { totalCount }
              measuresConnection(role: ANY, first: 100) { totalCount }
            }
          }
        }
        """;

    [Fact]
    public async Task The_first_two_of_a_units_measures_load_two_relationships_per_type_whatever_the_total()
    {
        var everything = (await api.DataAsync(FinanceBureauEverything))["units"]!["nodes"]![0]!;
        api.Store.Reset();

        var firstTwo = (await api.DataAsync(FinanceBureauFirstTwo))["units"]!["nodes"]![0]!;

        Assert.Equal(everything["measures"]!["totalCount"]!.GetValue<int>(), firstTwo["measures"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(everything["measuresConnection"]!["totalCount"]!.GetValue<int>(), firstTwo["measuresConnection"]!["totalCount"]!.GetValue<int>());
        Assert.True(firstTwo["measures"]!["totalCount"]!.GetValue<int>() > 2, "the finance bureau leads more measures than a page of two");
        Assert.Equal(2, firstTwo["measures"]!["nodes"]!.AsArray().Count);
        Assert.Equal(2, firstTwo["measuresConnection"]!["edges"]!.AsArray().Count);
        // LED_BY for measures; LED_BY and CO_LED_BY for the connection: at most two relationships each.
        Assert.InRange(api.Store.RelationshipsLoaded, 1, 6);
    }
}
