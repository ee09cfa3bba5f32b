using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Writing;

/// <summary>
/// The writer against a real Neo4j (5.26 LTS or later) when <c>NEO4J_URI</c> is set, skipped otherwise: what the fake
/// can only assume, that Neo4j accepts the schema and write statements and that what it stores reads back into the
/// same change counts. Every document and unit here carries a name of its own, and everything the documents hold is
/// removed afterwards, so a database with real data is left as it was.
/// </summary>
public sealed class RealNeo4jGraphWriterTests : IAsyncLifetime
{
    private readonly string _probe = Guid.NewGuid().ToString("N")[..8];
    private ServiceProvider? _services;

    private ICypherRunner Runner => (_services ??= RealNeo4jServices.Create()).GetRequiredService<ICypherRunner>();

    private string[] DocumentIds => [.. new[] { "a", "b", "c" }.Select(name => NodeIds.Document(File(name)))];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_services is null)
        {
            return;
        }

        await Runner.RunAsync(CypherStatement.Write(
            "RemoveProbeDocuments",
            "MATCH (n:Entity) WHERE any(d IN n._documentIds WHERE d IN $documentIds) DETACH DELETE n",
            new Dictionary<string, object?> { ["documentIds"] = DocumentIds }));
        await _services.DisposeAsync();
    }

    private string File(string name) => $"kg-probe-{_probe}-{name}.txt";

    private string Unit(string name) => $"探针{name}{_probe}";

    private GraphBatch Finance() => TestGraph.Document(File("a"))
        .Unit(Unit("财政局"), "财政局")
        .Unit(Unit("教育体育局"), "教体局")
        .Measure(1, "推进学前教育普及普惠进程", Unit("教育体育局"))
        .Measure(2, "实施县城幼儿园增量提质计划", Unit("教育体育局"), Unit("财政局"))
        .Measure(3, "助推普惠性民办幼儿园发展", Unit("财政局"))
        .Build();

    private GraphBatch RevisedFinance() => TestGraph.Document(File("a"))
        .Unit(Unit("教育体育局"), "教体局")
        .Measure(1, "推进学前教育普及普惠进程", Unit("教育体育局"))
        .Measure(2, "实施县城幼儿园增量提质计划（修订）", Unit("教育体育局"))
        .Measure(4, "新增的措施", Unit("教育体育局"))
        .Build();

    private GraphBatch Other() => TestGraph.Document(File("b")).Unit(Unit("财政局"), "财政").Measure(9, "其他", Unit("财政局")).Build();

    private async Task<(long Nodes, long Relationships)> CountAsync() =>
        (await CountHeldAsync("MATCH (n:Entity) WHERE any(d IN n._documentIds WHERE d IN $documentIds) RETURN count(n) AS held"),
         await CountHeldAsync("MATCH ()-[r]->() WHERE any(d IN r._documentIds WHERE d IN $documentIds) RETURN count(r) AS held"));

    private async Task<long> CountHeldAsync(string statement) =>
        (await Runner.RunAsync(CypherStatement.Read("CountProbe", statement, new Dictionary<string, object?> { ["documentIds"] = DocumentIds })))
            .Records.Single().Get<long>("held");

    private async Task<object?> PropertyAsync(string id, string property) =>
        (await Runner.RunAsync(CypherStatement.Read(
            "ProbeProperty", "MATCH (n:Entity {id: $id}) RETURN n[$property] AS value",
            new Dictionary<string, object?> { ["id"] = id, ["property"] = property }))).Records.SingleOrDefault()?["value"];

    [RealNeo4jFact]
    public async Task A_document_applied_twice_is_new_then_unchanged_and_stored_once()
    {
        var writer = new Neo4jGraphWriter(Runner);

        var first = await writer.ApplyAsync(Finance(), default);
        var again = await writer.ApplyAsync(Finance(), default);

        Assert.Equal(GraphBatchDiff.Compare(null, Finance()), first);
        Assert.True(again.IsUnchanged);
        Assert.Equal((6L, 7L), await CountAsync());
    }

    [RealNeo4jFact]
    public async Task A_revision_counts_its_changes_from_what_neo4j_kept_and_a_shared_unit_keeps_the_other_documents_part()
    {
        var writer = new Neo4jGraphWriter(Runner);
        await writer.ApplyAsync(Finance(), default);
        await writer.ApplyAsync(Other(), default);

        // A new writer: nothing in memory, everything from the database.
        var changes = await new Neo4jGraphWriter(Runner).ApplyAsync(RevisedFinance(), default);

        Assert.Equal(new ChangeCounts(Added: 1, Updated: 1, Unchanged: 3, Removed: 2), changes.Nodes);
        Assert.Equal(new ChangeCounts(Added: 2, Updated: 0, Unchanged: 4, Removed: 3), changes.Relationships);
        var finance = NodeIds.Unit(Unit("财政局"));
        Assert.Equal(new object?[] { "财政" }, (IEnumerable<object?>)(await PropertyAsync(finance, PropertyNames.Aliases))!);
        Assert.Equal(NodeIds.Document(File("b")), await PropertyAsync(finance, "_documentId"));
        Assert.Null(await PropertyAsync(new TestGraph(File("a")).MeasureId(3), PropertyNames.Title));
    }

    [RealNeo4jFact]
    public async Task A_corpus_applied_in_small_transactions_twice_changes_nothing_the_second_time()
    {
        GraphBatch[] corpus = [Finance(), Other(), TestGraph.Document(File("c")).Unit(Unit("教育体育局")).Build()];

        await new Neo4jGraphWriter(Runner, maxRecordsPerTransaction: 1).ApplyAllAsync(corpus, default);
        var counts = await CountAsync();
        var again = await new Neo4jGraphWriter(Runner, maxRecordsPerTransaction: 1).ApplyAllAsync(corpus, default);

        Assert.All(again, change => Assert.True(change.IsUnchanged));
        Assert.Equal(counts, await CountAsync());
    }

    [RealNeo4jFact]
    public async Task The_schema_sets_up_the_full_text_index_with_the_cjk_analyzer_and_setting_it_up_again_is_harmless()
    {
        await new Neo4jGraphWriter(Runner).ApplyAsync(Finance(), default);
        await new Neo4jGraphWriter(Runner).ApplyAsync(Finance(), default);

        var index = (await Runner.RunAsync(CypherStatement.Read(
            "ShowFullTextIndex",
            "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name RETURN labelsOrTypes, properties, options",
            new Dictionary<string, object?> { ["name"] = Neo4jGraphModel.FullTextIndexName }))).Records.Single();
        Assert.Equal(new object?[] { "Entity" }, index.Get<IReadOnlyList<object?>>("labelsOrTypes"));
        Assert.Equal(Search.SearchFields.Properties, index.Get<IReadOnlyList<object?>>("properties").Cast<string>());
        var config = (IReadOnlyDictionary<string, object?>)index.Get<IReadOnlyDictionary<string, object?>>("options")["indexConfig"]!;
        Assert.Equal("cjk", config["fulltext.analyzer"]);
    }
}
