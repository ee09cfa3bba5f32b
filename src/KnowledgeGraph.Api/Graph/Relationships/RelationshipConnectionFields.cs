using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Relationships;

/// <summary>
/// Relationship connection fields (<c>Measure.responsibilitiesConnection</c>, <c>Unit.measuresConnection</c> …),
/// declared once for all types: the Relay paging arguments, edges with the relationships' properties, batched loading.
/// </summary>
public static class RelationshipConnectionFields
{
    /// <summary>
    /// Adds a connection over a node's relationships of the types <paramref name="types"/> picks (from the field's
    /// arguments, which the caller adds to the returned builder), to the <typeparamref name="TNodeType"/> at their
    /// other ends.
    /// </summary>
    public static FieldBuilder<TSource, object> RelationshipConnectionField<TSource, TNodeType, T>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        Func<TSource, string> nodeId,
        RelationshipDirection direction,
        Func<IResolveFieldContext<TSource>, IReadOnlyList<string>> types)
        where TNodeType : IGraphType, INodeGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<RelationshipConnectionGraphType<TNodeType, T>>>(name)
            .Description(description)
            .WithPaging()
            .Resolve(context => context.RelationshipPageOf<T>(nodeId(context.Source), direction, types(context)));
    }
}
