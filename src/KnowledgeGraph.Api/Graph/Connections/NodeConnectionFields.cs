using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Graph.Sorting;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>Root connection fields (<c>measures</c>, <c>units</c> …): paging, <c>where</c> and <c>order</c>, declared once for all types.</summary>
public static class NodeConnectionFields
{
    /// <summary>Adds a field listing every node of <typeparamref name="TNodeType"/>'s label as a connection.</summary>
    public static void NodeConnectionField<TNodeType, T>(this ObjectGraphType query, string name, string description)
        where TNodeType : ObjectGraphType<T>, INodeGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionGraphType<TNodeType, T>>>(name)
            .Description(description)
            .WithPaging()
            .Argument<FilterInputGraphType<TNodeType>>("where", "Only objects that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TNodeType>>>>(
                "order", "Sort keys, most significant first; without them, objects come in document order.")
            .ResolveAsync(async context =>
            {
                var request = GraphRequest.Of(context);
                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                var query = new NodeQuery(
                    TNodeType.Label,
                    where is null ? null : FilterInputConverter.ToFilter(where, TNodeType.QueryableFields),
                    SortInputConverter.ToSortFields(context.GetArgument<List<object?>?>("order"), TNodeType.QueryableFields),
                    PagingArguments.Window(context));
                var page = await request.Store.FindNodesAsync(query, context.CancellationToken);
                return new Connection<T>(page.Items.Select(request.Mapper.Map<T>).ToList(), page.Offset, page.TotalCount);
            });
    }
}
