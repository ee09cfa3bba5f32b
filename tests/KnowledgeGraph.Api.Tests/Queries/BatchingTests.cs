using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>DataLoaders batch: the store calls of a page do not grow with the page's size.</summary>
public sealed class BatchingTests(KnowledgeGraphApiFactory api) : IClassFixture<KnowledgeGraphApiFactory>
{
    private const string MeasuresWithEverything = """
        query ($first: Int!) {
          measures(first: $first) {
            nodes {
              title
              leadUnits { name }
              coUnits { name }
              plan { title }
              document { fileName }
              evidence { snippet document { fileName } }
            }
          }
        }
        """;

    private async Task<int> StoreReadsFor(int first)
    {
        api.Store.Reset();
        var data = await api.DataAsync(MeasuresWithEverything, new { first });
        Assert.Equal(first, data["measures"]!["nodes"]!.AsArray().Count);
        return api.Store.Reads;
    }

    [Fact]
    public async Task A_page_of_50_measures_with_units_plans_documents_and_evidence_costs_what_a_page_of_2_costs()
    {
        var small = await StoreReadsFor(2);
        var large = await StoreReadsFor(50);

        Assert.Equal(small, large);
        // One query for the page, then per level one call per relationship type and one for the nodes at their ends.
        Assert.InRange(large, 1, 10);
    }
}
