using KnowledgeGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests.Queries;

[Collection(SeededApi.Name)]
public sealed class RepresentativeResponseTests(KnowledgeGraphApiFactory api)
{
    // Checked by hand against seeds/documents/004_e24c27e5441453ca.txt, measure 2 of the preschool plan:
    // 〔责任单位：州住房城乡建设局、州教育体育局，州发展改革委、州自然资源局、州财政局、各县（市）党委和人民政府〕.
    [Fact]
    public async Task A_measure_with_its_plan_units_and_evidence()
    {
        var data = await api.DataAsync("""
            {
              measures(where: { title: { eq: "实施县城幼儿园增量提质计划" } }) {
                totalCount
                nodes {
                  number
                  title
                  section
                  plan { title }
                  document { fileName number date issuers { name } }
                  leadUnits { name aliases }
                  coUnits { name aliases }
                  evidence { offset length snippet }
                }
              }
            }
            """);

        Snapshot.Match(data.Pretty());
    }
}
