using GraphQL;
using GraphQL.DataLoader;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Mapping;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary>
/// Following relationships as edges, with their properties, through the request's DataLoaders (as
/// <see cref="Navigation.GraphNavigation"/> does for plain related objects), so a page of parents costs one store call
/// per relationship type and one for the nodes at the other ends, however many parents it holds.
/// </summary>
public static class RelationshipNavigation
{
    /// <summary>A node's relationships of some types in one direction: all of the first type, then the next ….</summary>
    public static IDataLoaderResult<IReadOnlyList<RelationshipRecord>> RelationshipsOf(
        this IResolveFieldContext context, string nodeId, RelationshipDirection direction, IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(types);
        return context.RequestServices!.GetRequiredService<RelationshipsByNodeDataLoader>()
            .LoadMany(types.Select(type => new RelationshipKey(nodeId, direction, type)))
            .Select(perType => (IReadOnlyList<RelationshipRecord>)perType.SelectMany(relationships => relationships).ToList());
    }

    /// <summary>
    /// One page, chosen by the field's paging arguments, of relationships as edges to the typed objects at their other
    /// ends; a relationship whose other end is not a <typeparamref name="T"/> is left out of the page.
    /// </summary>
    public static IDataLoaderResult<RelationshipConnection<T>> RelationshipPageOf<T>(
        this IResolveFieldContext context,
        IDataLoaderResult<IReadOnlyList<RelationshipRecord>> relationships,
        RelationshipDirection direction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var window = PagingArguments.Window(context);
        var mapper = context.RequestServices!.GetRequiredService<NodeMapper>();
        var nodes = context.RequestServices!.GetRequiredService<NodeByIdDataLoader>();
        return relationships.Then(all =>
        {
            var (offset, count) = window.Resolve(all.Count);
            var page = all.Skip(offset).Take(count).ToList();
            return nodes.LoadMany(page.Select(relationship => direction == RelationshipDirection.Outgoing ? relationship.EndId : relationship.StartId))
                .Select(records => new RelationshipConnection<T>(
                    page.Zip(records)
                        .Select((pair, index) => (pair.First, Node: mapper.Map(pair.Second), Cursor: Cursor.Encode(offset + index)))
                        .Where(edge => edge.Node is T)
                        .Select(edge => new RelationshipEdge<T>(edge.Cursor, (T)edge.Node!, edge.First))
                        .ToList(),
                    offset,
                    all.Count));
        });
    }
}
