using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>Regions from the gazetteer: levels, codes, the county → prefecture → province chain, collective units.</summary>
[Collection(SeededApi.Name)]
public sealed class RegionTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public async Task A_county_leads_up_to_its_prefecture_and_province()
    {
        var data = await api.DataAsync("""
            { regions(where: { name: { eq: "西昌市" } }) { nodes { level code parent { name aliases level parent { name level parent { name } } } } } }
            """);

        var county = data["regions"]!["nodes"]![0]!;
        Assert.Equal("county", county["level"]!.GetValue<string>());
        Assert.Equal("513401", county["code"]!.GetValue<string>());
        var prefecture = county["parent"]!;
        Assert.Equal("凉山彝族自治州", prefecture["name"]!.GetValue<string>());
        Assert.Contains("凉山州", prefecture["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("prefecture", prefecture["level"]!.GetValue<string>());
        Assert.Equal("四川省", prefecture["parent"]!["name"]!.GetValue<string>());
        Assert.Equal("province", prefecture["parent"]!["level"]!.GetValue<string>());
        Assert.Null(prefecture["parent"]!["parent"]);
    }

    // The gazetteer lists 17 county-level divisions under 凉山彝族自治州 (513400).
    [Fact]
    public async Task The_collective_county_unit_covers_each_Liangshan_county()
    {
        var data = await api.DataAsync("""
            {
              units(where: { name: { eq: "各县（市）党委和人民政府" } }) { nodes { covers { name code parent { name } } } }
              regions(where: { name: { eq: "凉山彝族自治州" } }) { nodes { children { name } } }
            }
            """);

        var covered = data["units"]!["nodes"]![0]!["covers"]!.AsArray();
        Assert.Equal(17, covered.Count);
        Assert.All(covered, county => Assert.Equal("凉山彝族自治州", county!["parent"]!["name"]!.GetValue<string>()));
        Assert.Contains("西昌市", covered.Values<string>("name"));
        Assert.Equal(
            covered.Values<string>("name").Order(StringComparer.Ordinal),
            data["regions"]!["nodes"]![0]!["children"].Values<string>("name").Order(StringComparer.Ordinal));
    }
}
