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

    private const string MeasuresWithResponsibilityEdges = """
        query ($first: Int!) {
          measures(first: $first) {
            nodes {
              title
              responsibilitiesConnection(first: 10) {
                totalCount
                edges {
                  cursor
                  node { name measuresConnection(role: LEAD, first: 3) { edges { node { title } properties { role } } } }
                  properties { role evidence { offset snippet document { fileName } } }
                }
              }
            }
          }
        }
        """;

    private async Task<int> StoreReadsFor(int first, string query = MeasuresWithEverything)
    {
        api.Store.Reset();
        var data = await api.DataAsync(query, new { first });
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

    [Fact]
    public async Task Relationship_edges_with_their_properties_batch_like_plain_fields()
    {
        var small = await StoreReadsFor(2, MeasuresWithResponsibilityEdges);
        var large = await StoreReadsFor(50, MeasuresWithResponsibilityEdges);

        Assert.Equal(small, large);
        // The page; then per level: the relationships of each type asked for and the nodes at their other ends.
        Assert.InRange(large, 1, 10);
    }
}
