using GraphQL;
using GraphQL.DataLoader;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary>
/// Following relationships as edges, with their properties, through the request's DataLoaders (as
/// <see cref="Navigation.GraphNavigation"/> does for plain related objects), so a page of parents costs one store call
/// per relationship type and one for the nodes at the other ends, however many parents it holds.
/// </summary>
public static class RelationshipNavigation
{
    /// <summary>
    /// One page, chosen by the field's paging arguments, of a node's relationships of some types in one direction (all
    /// of the first type, then the next …) as edges to the typed objects at their other ends; a relationship whose other
    /// end is not a <typeparamref name="T"/> is left out of the page. The store counts the relationships and loads only
    /// as many of each type as the page can reach, so a hub's connection costs its page, not its degree.
    /// </summary>
    public static IDataLoaderResult<RelationshipConnection<T>> RelationshipPageOf<T>(
        this IResolveFieldContext context, string nodeId, RelationshipDirection direction, IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(types);
        var window = PagingArguments.Window(context);
        var reach = window.Reach ?? int.MaxValue;
        var request = GraphRequest.Of(context);
        var (mapper, nodes) = (request.Mapper, request.Nodes);
        return request.RelationshipSlices
            .LoadMany(types.Select(type => new RelationshipSliceKey(nodeId, direction, type, reach)))
            .Then(slices =>
            {
                // Each slice runs up to the reach, so together they agree with the whole list of every type up to there.
                var totalCount = slices.Sum(slice => slice.TotalCount);
                var (offset, count) = window.Resolve(totalCount);
                var page = slices.SelectMany(slice => slice.First).Skip(offset).Take(count).ToList();
                return nodes.LoadMany(page.Select(relationship => direction == RelationshipDirection.Outgoing ? relationship.EndId : relationship.StartId))
                    .Select(records => new RelationshipConnection<T>(
                        page.Zip(records)
                            .Select((pair, index) => (pair.First, Node: mapper.Map(pair.Second), Cursor: Cursor.Encode(offset + index)))
                            .Where(edge => edge.Node is T)
                            .Select(edge => new RelationshipEdge<T>(edge.Cursor, (T)edge.Node!, edge.First))
                            .ToList(),
                        offset,
                        totalCount));
            });
    }
}
