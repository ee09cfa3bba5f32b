using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Kinds;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary><c>KindCount</c>: how many nodes of one kind.</summary>
public sealed class KindCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    /// <summary>Declares <c>kind</c> and <c>count</c>.</summary>
    public KindCountType()
    {
        Name = "KindCount";
        Description = "How many nodes of one kind.";
        Field<NonNullGraphType<NodeKindType>>("kind").Description("The kind.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes.").Resolve(context => context.Source.Value);
    }
}

/// <summary><c>RelationshipKindCount</c>: how many relationships of one kind.</summary>
public sealed class RelationshipKindCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    /// <summary>Declares <c>kind</c> and <c>count</c>.</summary>
    public RelationshipKindCountType()
    {
        Name = "RelationshipKindCount";
        Description = "How many relationships of one kind.";
        Field<NonNullGraphType<RelationshipKindType>>("kind").Description("The kind.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many relationships.").Resolve(context => context.Source.Value);
    }
}
