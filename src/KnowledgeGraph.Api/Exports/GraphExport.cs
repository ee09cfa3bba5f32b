using System.Runtime.CompilerServices;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Storage.Traversal;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// What one export writes: its nodes, then its relationships, each read as it is written (every format writes its
/// preamble and flushes before the first read, so the client has the status and headers at once). A neighbourhood is bounded
/// (<c>KnowledgeGraph:Traversal:MaxNodes</c>) and read at once; the whole graph is read a page of nodes at a time, so
/// an export holds one page, never the graph. The whole graph is read label by label and, for relationships, by the
/// nodes they start at: every relationship once. An ingestion that lands while the whole graph is being written may
/// show in the pages read after it.
/// </summary>
internal abstract class GraphExport
{
    /// <summary>The nodes, in pages.</summary>
    public abstract IAsyncEnumerable<IReadOnlyList<NodeRecord>> NodePagesAsync(CancellationToken cancellationToken);

    /// <summary>The relationships among them, in pages.</summary>
    public abstract IAsyncEnumerable<IReadOnlyList<RelationshipRecord>> RelationshipPagesAsync(CancellationToken cancellationToken);

    /// <summary>The export of a neighbourhood the store has already traversed.</summary>
    public static GraphExport Of(Subgraph subgraph) => new NeighborhoodExport(subgraph);

    /// <summary>The export of the whole graph, read <paramref name="pageSize"/> nodes at a time.</summary>
    public static GraphExport Whole(IGraphStore store, int pageSize) => new WholeGraphExport(store, pageSize);

    private sealed class NeighborhoodExport(Subgraph subgraph) : GraphExport
    {
        public override IAsyncEnumerable<IReadOnlyList<NodeRecord>> NodePagesAsync(CancellationToken cancellationToken) =>
            new[] { subgraph.Nodes }.ToAsyncEnumerable();

        public override IAsyncEnumerable<IReadOnlyList<RelationshipRecord>> RelationshipPagesAsync(CancellationToken cancellationToken) =>
            new[] { subgraph.Relationships }.ToAsyncEnumerable();
    }

    private sealed class WholeGraphExport(IGraphStore store, int pageSize) : GraphExport
    {
        public override async IAsyncEnumerable<IReadOnlyList<NodeRecord>> NodePagesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var label in GraphVocabulary.Labels)
            {
                await foreach (var page in PagesOf(label, cancellationToken))
                {
                    yield return page;
                }
            }
        }

        public override async IAsyncEnumerable<IReadOnlyList<RelationshipRecord>> RelationshipPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var nodes in NodePagesAsync(cancellationToken))
            {
                var ids = nodes.Select(node => node.Id).ToList();
                foreach (var type in GraphVocabulary.RelationshipTypes)
                {
                    var relationships = await store.GetRelationshipsAsync(ids, RelationshipDirection.Outgoing, type, cancellationToken);
                    if (relationships.Count > 0)
                    {
                        yield return relationships;
                    }
                }
            }
        }

        private async IAsyncEnumerable<IReadOnlyList<NodeRecord>> PagesOf(string label, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var offset = 0; ; offset += pageSize)
            {
                var window = new PageWindow(offset == 0 ? null : offset - 1, null, pageSize, null);
                var page = await store.FindNodesAsync(new NodeQuery(label, null, [], window), cancellationToken);
                if (page.Items.Count > 0)
                {
                    yield return page.Items;
                }

                if (page.Items.Count < pageSize || offset + pageSize >= page.TotalCount)
                {
                    yield break;
                }
            }
        }
    }
}
