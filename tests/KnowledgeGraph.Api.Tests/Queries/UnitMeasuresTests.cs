using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Queries;

[Collection(SeededApi.Name)]
public sealed class UnitMeasuresTests(KnowledgeGraphApiFactory api)
{
    private const string FinanceBureau = "凉山州财政局";

    private const string FinanceBureauQuery = """
        query ($name: String!) {
          units(where: { name: { eq: $name } }) {
            totalCount
            nodes {
              name
              aliases
              lead: measures(role: LEAD, first: 100) { totalCount nodes { number title leadUnits { name } } }
              co: measures(role: CO, first: 100) { totalCount nodes { number title coUnits { name } } }
              any: measures(first: 100) { totalCount }
            }
          }
        }
        """;

    // What the extractor says of the Liangshan notice: the titles of the measures each relationship type links to the unit.
    private static List<string> ExtractedTitles(string relationshipType)
    {
        var batch = ExtractionPipeline.Default.Extract(SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, "004_e24c27e5441453ca.txt")));
        var titles = batch.Nodes.ToDictionary(n => n.Id, n => n.GetString(PropertyNames.Title));
        return batch.Relationships
            .Where(r => r.Type == relationshipType && r.EndId == NodeIds.Unit(FinanceBureau))
            .Select(r => titles[r.StartId]!)
            .ToList();
    }

    [Fact]
    public async Task The_finance_bureau_is_found_by_canonical_name_with_its_short_form_as_alias()
    {
        var unit = (await api.DataAsync(FinanceBureauQuery, new { name = FinanceBureau }))["units"]!;

        Assert.Equal(1, unit["totalCount"]!.GetValue<int>());
        Assert.Contains("州财政局", unit["nodes"]![0]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task Led_and_supported_measures_are_the_ones_the_notice_assigns()
    {
        var unit = (await api.DataAsync(FinanceBureauQuery, new { name = FinanceBureau }))["units"]!["nodes"]![0]!;

        Assert.Equal(ExtractedTitles(RelationshipTypes.LedBy), unit["lead"]!["nodes"].Values<string>("title"));
        Assert.Equal(ExtractedTitles(RelationshipTypes.CoLedBy), unit["co"]!["nodes"].Values<string>("title"));
        Assert.All(unit["lead"]!["nodes"]!.AsArray(), m => Assert.Contains(FinanceBureau, m!["leadUnits"].Values<string>("name")));
        Assert.All(unit["co"]!["nodes"]!.AsArray(), m => Assert.Contains(FinanceBureau, m!["coUnits"].Values<string>("name")));
        Assert.Equal(
            unit["lead"]!["totalCount"]!.GetValue<int>() + unit["co"]!["totalCount"]!.GetValue<int>(),
            unit["any"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_measure_with_two_lead_units_lists_both_as_lead()
    {
        // 〔责任单位：州教育体育局、州财政局，州直相关部门、各县（市）党委和人民政府〕 closes measure 12 of the vocational plan.
        var data = await api.DataAsync("""
            {
              measures(where: { and: [{ number: { eq: 12 } }, { title: { eq: "强化政府统筹主导职业教育责任" } }] }) {
                nodes { leadUnits { name } coUnits { name } }
              }
            }
            """);

        var measure = Assert.Single(data["measures"]!["nodes"]!.AsArray())!;
        Assert.Equal(["凉山州教育体育局", FinanceBureau], measure["leadUnits"].Values<string>("name"));
        Assert.NotEmpty(measure["coUnits"]!.AsArray());
        Assert.DoesNotContain(FinanceBureau, measure["coUnits"].Values<string>("name"));
    }
}
