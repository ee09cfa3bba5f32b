using GraphQL;
using GraphQL.DataLoader;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Navigation;

/// <summary>
/// Following relationships from a resolver: always through the request's DataLoaders, so that the same field on a
/// page of objects costs one store call per step, not one per object.
/// </summary>
public static class GraphNavigation
{
    /// <summary>Ids of the nodes at the other end of a node's relationships of one type.</summary>
    public static IDataLoaderResult<IReadOnlyList<string>> RelatedIds(
        this IResolveFieldContext context, string nodeId, RelationshipDirection direction, string type) =>
        GraphRequest.Of(context).Relationships
            .Load(new RelationshipKey(nodeId, direction, type))
            .Select(relationships => (IReadOnlyList<string>)relationships
                .Select(r => direction == RelationshipDirection.Outgoing ? r.EndId : r.StartId)
                .ToList());

    /// <summary>
    /// The typed objects for node ids, in the same order. Each node is mapped by its label and kept when it is a
    /// <typeparamref name="T"/>, so one relationship type can lead to several kinds (PART_OF reaches plans and
    /// articles) and an interface such as <c>Entity</c> can be asked for; ids of vanished nodes are skipped.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadNodes<T>(this IResolveFieldContext context, IEnumerable<string> ids)
    {
        var request = GraphRequest.Of(context);
        var mapper = request.Mapper;
        return request.Nodes
            .LoadMany(ids)
            .Select(records => (IReadOnlyList<T>)records.Select(mapper.Map).OfType<T>().ToList());
    }

    /// <summary>The typed objects at the other end of a node's relationships of one type.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> Related<T>(
        this IResolveFieldContext context, string nodeId, RelationshipDirection direction, string type) =>
        context.RelatedIds(nodeId, direction, type).Then(context.LoadNodes<T>);

    /// <summary>The first typed object at the other end, or null.</summary>
    public static IDataLoaderResult<T?> RelatedSingle<T>(
        this IResolveFieldContext context, string nodeId, RelationshipDirection direction, string type)
        where T : class =>
        context.Related<T>(nodeId, direction, type).Select(nodes => nodes.Count > 0 ? nodes[0] : null);

    /// <summary>One page, chosen by the field's paging arguments, of the objects with the given ids.</summary>
    public static IDataLoaderResult<Connection<T>> PageOf<T>(this IResolveFieldContext context, IDataLoaderResult<IReadOnlyList<string>> ids)
    {
        var window = PagingArguments.Window(context);
        return ids.Then(all => context.PageOf<T>(window, all, all.Count));
    }

    /// <summary>
    /// One page, chosen by the field's paging arguments, of the typed objects at the other end of a node's
    /// relationships of one type: the store counts them and loads only as many as the page can reach, so the page of a
    /// hub costs the page, not the hub's degree.
    /// </summary>
    public static IDataLoaderResult<Connection<T>> RelatedPageOf<T>(
        this IResolveFieldContext context, string nodeId, RelationshipDirection direction, string type)
    {
        var window = PagingArguments.Window(context);
        return GraphRequest.Of(context).RelationshipSlices
            .Load(new RelationshipSliceKey(nodeId, direction, type, window.Reach ?? int.MaxValue))
            .Then(slice => context.PageOf<T>(
                window,
                [.. slice.First.Select(r => direction == RelationshipDirection.Outgoing ? r.EndId : r.StartId)],
                slice.TotalCount));
    }

    // The window's page of a result of totalCount ids, of which idsFromStart holds the first (at least as far as the window reaches).
    private static IDataLoaderResult<Connection<T>> PageOf<T>(
        this IResolveFieldContext context, PageWindow window, IReadOnlyList<string> idsFromStart, int totalCount)
    {
        var (offset, count) = window.Resolve(totalCount);
        return context.LoadNodes<T>(idsFromStart.Skip(offset).Take(count))
            .Select(nodes => new Connection<T>(nodes, offset, totalCount));
    }
}
