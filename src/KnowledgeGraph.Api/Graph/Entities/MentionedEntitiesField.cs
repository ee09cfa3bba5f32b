using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Entities;

/// <summary>The <c>entities(kinds:)</c> field that documents and articles share.</summary>
public static class MentionedEntitiesField
{
    /// <summary>Adds <c>entities(kinds:)</c>: the entities MENTIONED_IN the source object, optionally of some kinds only.</summary>
    public static void EntitiesField<T>(this ObjectGraphType<T> type, Func<T, string> nodeId, string description)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities")
            .Description(description)
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Only entities of these kinds (all kinds when omitted).")
            .Resolve(context =>
            {
                var kinds = context.GetArgument<List<EntityKind>?>("kinds");
                return context.Related<Entity>(nodeId(context.Source), RelationshipDirection.Incoming, RelationshipTypes.MentionedIn)
                    .Select(entities => kinds is null ? entities : [.. entities.Where(entity => kinds.Contains(entity.Kind))]);
            });
    }
}
