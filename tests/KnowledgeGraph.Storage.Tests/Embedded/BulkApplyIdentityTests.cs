using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Storage.Tests.Contract;
using KnowledgeGraph.Storage.Traversal;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>
/// A bulk apply builds its documents' structures in one pass (new nodes' relationship groups at once, short groups as
/// arrays, long ones as trees), while one document at a time updates them record by record: the graph read afterwards
/// must be the same, answer for answer, on the seeds and on a corpus of renamed copies whose units are hubs far past
/// the short groups, and after a bulk of revisions that shrinks some documents and leaves others as they were.
/// </summary>
public sealed class BulkApplyIdentityTests
{
    // Enough copies that a hub's groups outgrow the short arrays and become trees, in both directions.
    private const int Copies = 12;

    private static readonly IReadOnlyList<SourceDocument> Seeds = SourceDocumentFile.ReadDirectory(RepositoryPaths.SeedDocuments);

    private static readonly string[] SearchedTexts = ["学前教育", "财政", "凉山州教育体育局", "名师工作室", "资金"];

    public static TheoryData<int> Corpora => new() { 1, Copies };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task A_corpus_applied_at_once_or_in_tenths_reads_as_the_same_corpus_applied_one_document_at_a_time(int copies)
    {
        var batches = Extract(Corpus(copies));
        using var oneByOne = new EmbeddedGraphStore();
        // Backwards, so that the hubs keep gaining holders before the ones they have: every record is folded again.
        foreach (var batch in Enumerable.Reverse(batches))
        {
            await oneByOne.ApplyAsync(batch);
        }

        using var atOnce = new EmbeddedGraphStore();
        await atOnce.ApplyAllAsync(batches);
        using var inTenths = new EmbeddedGraphStore();
        foreach (var tenth in batches.Chunk(Math.Max(1, batches.Count / 10)))
        {
            await inTenths.ApplyAllAsync(tenth);
        }

        var expected = await ReadEverythingAsync(oneByOne);
        Assert.Equal(expected, await ReadEverythingAsync(atOnce));
        Assert.Equal(expected, await ReadEverythingAsync(inTenths));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task A_bulk_of_revisions_reads_as_the_same_revisions_applied_one_document_at_a_time(int copies)
    {
        var corpus = Corpus(copies);
        var batches = Extract(corpus);
        // Every third document cut to its first half (measures, units and relationships removed), every third applied
        // again as it was, the rest left alone.
        var revisions = Extract([.. corpus.Where((_, index) => index % 3 != 2).Select((document, index) => index % 2 == 0
            ? document with { Text = document.Text[..(document.Text.Length / 2)] }
            : document)]);

        using var oneByOne = new EmbeddedGraphStore();
        await oneByOne.ApplyAllAsync(batches);
        foreach (var revision in revisions)
        {
            await oneByOne.ApplyAsync(revision);
        }

        using var atOnce = new EmbeddedGraphStore();
        await atOnce.ApplyAllAsync(batches);
        await atOnce.ApplyAllAsync(revisions);

        using var revisedFromScratch = new EmbeddedGraphStore();
        var revisedIds = revisions.Select(revision => revision.DocumentId).ToHashSet(StringComparer.Ordinal);
        await revisedFromScratch.ApplyAllAsync([.. batches.Where(batch => !revisedIds.Contains(batch.DocumentId)).Concat(revisions)]);

        var expected = await ReadEverythingAsync(oneByOne);
        Assert.Equal(expected, await ReadEverythingAsync(atOnce));
        Assert.Equal(expected, await ReadEverythingAsync(revisedFromScratch));
    }

    private static List<SourceDocument> Corpus(int copies) =>
    [
        .. Enumerable.Range(0, copies)
            .SelectMany(copy => Seeds.Select(seed => copies == 1 ? seed : seed with { FileName = $"copy{copy:D2}_{seed.FileName}" }))
            .OrderBy(document => document.FileName, StringComparer.Ordinal),
    ];

    private static List<GraphBatch> Extract(IEnumerable<SourceDocument> documents) => [.. documents.Select(ExtractionPipeline.Default.Extract)];

    /// <summary>
    /// What a reader can ask the store, one line per answer, in the store's order: every node of every label with its
    /// properties; every node's relationships of every type both ways; what the equality index finds for every node's
    /// name; each node's neighbourhood; the statistics; a ranking of every relationship type's receivers; search hits.
    /// </summary>
    private static async Task<List<string>> ReadEverythingAsync(EmbeddedGraphStore store)
    {
        var lines = new List<string>();
        var statistics = await store.GetStatisticsAsync();
        lines.Add($"total: {GraphStoreContractTests.Render(statistics.Overall.NodesByLabel)} {GraphStoreContractTests.Render(statistics.Overall.RelationshipsByType)}");
        lines.AddRange(statistics.Documents.Select(document =>
            $"{document.DocumentId}: {GraphStoreContractTests.Render(document.Counts.NodesByLabel)} {GraphStoreContractTests.Render(document.Counts.RelationshipsByType)}"));

        var types = statistics.Overall.RelationshipsByType.Keys.ToList();
        var nodes = new List<NodeRecord>();
        foreach (var label in statistics.Overall.NodesByLabel.Keys)
        {
            var page = await store.FindNodesAsync(new NodeQuery(label, null, [], PageWindow.FirstOf(int.MaxValue)));
            lines.AddRange(page.Items.Select(node => $"({node.Id}:{node.Label} {GraphStoreContractTests.Render(node.Properties)})"));
            nodes.AddRange(page.Items);
        }

        foreach (var node in nodes)
        {
            foreach (var type in types)
            {
                foreach (var direction in new[] { RelationshipDirection.Outgoing, RelationshipDirection.Incoming })
                {
                    var relationships = await store.GetRelationshipsAsync([node.Id], direction, type);
                    lines.AddRange(relationships.Select(r => $"{node.Id} {direction} ({r.StartId})-[{r.Id}:{r.Type} {GraphStoreContractTests.Render(r.Properties)}]->({r.EndId})"));
                }
            }

            if (node.Properties.GetValueOrDefault(PropertyNames.Name) is string name)
            {
                var named = await store.FindNodesAsync(new NodeQuery(
                    node.Label, new PropertyCondition(PropertyNames.Name, FilterOperator.Equal, name), [], PageWindow.FirstOf(int.MaxValue)));
                lines.Add($"{node.Label} named {name}: {string.Join(", ", named.Items.Select(found => found.Id))}");
            }

            var neighbourhood = await store.GetNeighborhoodAsync(new NeighborhoodQuery(node.Id, 1, [], TraversalDirection.Both, 20));
            lines.Add($"around {node.Id}: {string.Join(", ", neighbourhood?.Nodes.Select(found => found.Id) ?? [])} | " +
                $"{string.Join(", ", neighbourhood?.Relationships.Select(found => found.Id) ?? [])} | {neighbourhood?.Truncated}");
        }

        foreach (var type in types)
        {
            var ranking = await store.CountRelationshipsAsync(new RelationshipCountQuery([type], [], [], [], 25));
            lines.Add($"most {type}: {string.Join(", ", ranking.Select(counts => $"{counts.NodeId}={counts.Total}"))}");
        }

        foreach (var text in SearchedTexts)
        {
            var hits = await store.SearchAsync(new SearchQuery(text, [], 50));
            lines.Add($"search {text}: {string.Join(", ", hits.Select(hit => $"{hit.Node.Id}={hit.Score.ToString(CultureInfo.InvariantCulture)} {hit.Highlight.Fragment}"))}");
        }

        return lines;
    }
}
