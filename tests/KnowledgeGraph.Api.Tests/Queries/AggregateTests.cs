using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary><c>unitResponsibility</c> and <c>stats</c> agree with what the typed fields and the extractor say.</summary>
[Collection(SeededApi.Name)]
public sealed class AggregateTests(KnowledgeGraphApiFactory api)
{
    private const string Ranking = """
        query ($role: MeasureRole!, $plan: ID, $document: ID) {
          unitResponsibility(role: $role, plan: $plan, document: $document, first: 100) {
            lead co total
            unit { id lead: measures(role: LEAD) { totalCount } co: measures(role: CO) { totalCount } }
          }
        }
        """;

    // The root connection of each node kind, to count the kind's nodes the ordinary way.
    private static readonly Dictionary<string, string> ConnectionsByKind = new()
    {
        ["DOCUMENT"] = "documents",
        ["PLAN"] = "plans",
        ["MEASURE"] = "measures",
        ["UNIT"] = "units",
        ["REGION"] = "regions",
        ["ARTICLE"] = "articles",
        ["SCHOOL"] = "schools",
        ["PROGRAM"] = "programs",
        ["TEACHER_STUDIO"] = "teacherStudios",
        ["FUNDING_LINE"] = "fundingLines",
        ["TARGET"] = "targets",
        ["PERSON"] = "people",
    };

    private async Task<JsonArray> Rank(string role = "ANY", string? plan = null, string? document = null) =>
        (await api.DataAsync(Ranking, new { role, plan, document }))["unitResponsibility"]!.AsArray();

    private static int Count(JsonNode? entry, string name) => entry![name]!.GetValue<int>();

    [Fact]
    public async Task Each_units_counts_are_the_sizes_of_its_measure_lists_ranked_by_total()
    {
        var ranking = await Rank();
        var responsibleUnits = (await api.AllNodesAsync("units", "measures { totalCount }"))
            .Count(unit => unit["measures"]!["totalCount"]!.GetValue<int>() > 0);

        Assert.Equal(responsibleUnits, ranking.Count);
        Assert.All(ranking, entry =>
        {
            Assert.Equal(Count(entry!["unit"]!["lead"], "totalCount"), Count(entry, "lead"));
            Assert.Equal(Count(entry["unit"]!["co"], "totalCount"), Count(entry, "co"));
            Assert.Equal(Count(entry, "lead") + Count(entry, "co"), Count(entry, "total"));
        });
        Assert.Equal(ranking.Select(e => Count(e, "total")).OrderDescending(), ranking.Select(e => Count(e, "total")));
    }

    [Fact]
    public async Task Ranked_by_lead_the_first_unit_leads_the_most_measures()
    {
        var ranking = await Rank("LEAD");

        Assert.Equal(ranking.Max(e => Count(e, "lead")), Count(ranking[0], "lead"));
        Assert.Equal(ranking.Select(e => Count(e, "lead")).OrderDescending(), ranking.Select(e => Count(e, "lead")));
    }

    [Fact]
    public async Task A_plan_filter_counts_only_that_plans_measures()
    {
        var plan = (await api.DataAsync("""
            { plans(first: 1) { nodes { id measures(first: 100) { nodes { leadUnits { id } coUnits { id } } } } } }
            """))["plans"]!["nodes"]![0]!;
        var measures = plan["measures"]!["nodes"]!.AsArray();
        var expected = measures.SelectMany(m => m!["leadUnits"].Values<string>("id").Select(id => (id, lead: 1, co: 0))
                .Concat(m["coUnits"].Values<string>("id").Select(id => (id, lead: 0, co: 1))))
            .GroupBy(x => x.id)
            .ToDictionary(g => g.Key, g => (g.Sum(x => x.lead), g.Sum(x => x.co)));

        var ranking = await Rank(plan: plan["id"]!.GetValue<string>());

        Assert.Equal(expected, ranking.ToDictionary(e => e!["unit"]!["id"]!.GetValue<string>(), e => (Count(e, "lead"), Count(e, "co"))));
    }

    [Fact]
    public async Task A_document_without_measures_ranks_no_unit()
    {
        var document = (await api.DataAsync("""{ documents(first: 1, where: { fileName: { startsWith: "000" } }) { nodes { id } } }"""))
            ["documents"]!["nodes"]![0]!["id"]!.GetValue<string>();

        Assert.Empty(await Rank(document: document));
    }

    [Fact]
    public async Task Stats_count_what_the_connections_and_the_extractor_hold()
    {
        var data = await api.DataAsync($$"""
            {
              {{string.Join(" ", ConnectionsByKind.Select(kind => $"{kind.Key}: {kind.Value} {{ totalCount }}"))}}
              stats {
                nodeCount
                nodes { kind count }
                documents { document { fileName } nodeCount relationshipCount relationships { kind count } }
              }
            }
            """);
        var stats = data["stats"]!;
        var notice = ExtractionPipeline.Default.Extract(SourceDocumentFile.Read(Path.Combine(RepositoryPaths.SeedDocuments, "004_e24c27e5441453ca.txt")));

        var byKind = stats["nodes"]!.AsArray().ToDictionary(n => n!["kind"]!.GetValue<string>(), n => Count(n, "count"));
        Assert.Equal(
            ConnectionsByKind.Keys.Select(kind => (kind, Count(data[kind], "totalCount"))).Where(kind => kind.Item2 > 0).ToDictionary(),
            byKind);
        Assert.Equal(byKind.Values.Sum(), Count(stats, "nodeCount"));
        var noticeStats = stats["documents"]!.AsArray().Single(d => d!["document"]!["fileName"]!.GetValue<string>() == "004_e24c27e5441453ca.txt")!;
        Assert.Equal(notice.Nodes.Count, Count(noticeStats, "nodeCount"));
        Assert.Equal(notice.Relationships.Count, Count(noticeStats, "relationshipCount"));
        Assert.Equal(
            notice.Relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()),
            noticeStats["relationships"]!.AsArray().ToDictionary(r => r!["kind"]!.GetValue<string>(), r => Count(r, "count")));
    }
}
