using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Teacher studios with level, count, members, region and the money attached to them.</summary>
[Collection(SeededApi.Name)]
public sealed class TeacherStudioTests(KnowledgeGraphApiFactory api)
{
    // 000: 全县挂牌成立…县级名师工作室 33个，选聘工作室成员 232人 … 明确每室每年 2万元标准专项经费.
    [Fact]
    public async Task Pingchang_county_studios_have_their_count_members_region_and_funding()
    {
        var data = await api.DataAsync("""
            {
              teacherStudios(where: { name: { eq: "平昌县县级名师工作室" } }) {
                nodes { kind level count members region { name } fundingLines { amountYuanMin period perUnit } }
              }
            }
            """);

        var studio = data["teacherStudios"]!["nodes"]![0]!;
        Assert.Equal("TEACHER_STUDIO", studio["kind"]!.GetValue<string>());
        Assert.Equal("县级", studio["level"]!.GetValue<string>());
        Assert.Equal(33, studio["count"]!.GetValue<int>());
        Assert.Equal(232, studio["members"]!.GetValue<int>());
        Assert.Equal("平昌县", studio["region"]!["name"]!.GetValue<string>());
        var funding = studio["fundingLines"]![0]!;
        Assert.Equal(20_000d, funding["amountYuanMin"]!.GetValue<double>());
        Assert.Equal("每年", funding["period"]!.GetValue<string>());
        Assert.Equal("每室", funding["perUnit"]!.GetValue<string>());
    }
}
