using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Queries;

[Collection(SeededApi.Name)]
public sealed class FilteringAndOrderingTests(KnowledgeGraphApiFactory api)
{
    // Every page: the seeded graph holds more units than one page of 100.
    private async Task<List<string>> UnitNames(string where, string order = "") =>
        [.. (await api.AllNodesAsync("units", "name", $"where: {where} {order}")).Select(node => node["name"]!.GetValue<string>())];

    private async Task<List<string>> AllUnitNames() => await UnitNames("{}");

    [Fact]
    public async Task String_operations_select_what_their_names_say()
    {
        var all = await AllUnitNames();

        Assert.Equal(["凉山州财政局"], await UnitNames("""{ name: { eq: "凉山州财政局" } }"""));
        Assert.Equal(all.Where(n => n != "凉山州财政局"), await UnitNames("""{ name: { neq: "凉山州财政局" } }"""));
        Assert.Equal(all.Where(n => n.Contains("教育", StringComparison.Ordinal)), await UnitNames("""{ name: { contains: "教育" } }"""));
        Assert.Equal(all.Where(n => n.StartsWith("凉山州人", StringComparison.Ordinal)), await UnitNames("""{ name: { startsWith: "凉山州人" } }"""));
        Assert.Equal(
            all.Where(n => n is "凉山州财政局" or "凉山州教育体育局"),
            await UnitNames("""{ name: { in: ["凉山州教育体育局", "凉山州财政局", "不存在"] } }"""));
        Assert.Contains("凉山州教育体育局", all);
    }

    [Fact]
    public async Task And_and_or_combine_conditions()
    {
        var all = await AllUnitNames();

        Assert.Equal(
            all.Where(n => n.Contains("教育", StringComparison.Ordinal) && n.EndsWith('局')),
            await UnitNames("""{ and: [{ name: { contains: "教育" } }, { name: { endsWith: "局" } }] }"""));
        Assert.Equal(
            all.Where(n => n.EndsWith("财政局", StringComparison.Ordinal) || n.EndsWith("税务局", StringComparison.Ordinal)),
            await UnitNames("""{ or: [{ name: { endsWith: "财政局" } }, { name: { endsWith: "税务局" } }] }"""));
    }

    [Fact]
    public async Task Aliases_filter_with_some()
    {
        Assert.Equal(["凉山州财政局"], await UnitNames("""{ aliases: { some: { eq: "州财政局" } } }"""));
    }

    [Fact]
    public async Task Order_sorts_by_its_keys_in_turn()
    {
        var data = await api.DataAsync("""{ measures(first: 100, order: [{ number: DESC }, { title: ASC }]) { nodes { number title } } }""");
        var measures = data["measures"]!["nodes"]!.AsArray().Select(m => (Number: m!["number"]!.GetValue<int>(), Title: m["title"]!.GetValue<string>())).ToList();

        var expected = measures.OrderByDescending(m => m.Number).ThenBy(m => m.Title, StringComparer.Ordinal);
        Assert.Equal(expected, measures);
        Assert.True(measures[0].Number > measures[^1].Number);
    }

    [Fact]
    public async Task Integer_comparisons_filter_measures()
    {
        var data = await api.DataAsync("""{ measures(first: 100, where: { number: { gte: 14, nin: [15] } }) { totalCount nodes { number } } }""");

        Assert.NotEmpty(data["measures"]!["nodes"]!.AsArray());
        Assert.All(data["measures"]!["nodes"].Values<int>("number"), number => Assert.True(number >= 14 && number != 15));
    }
}
