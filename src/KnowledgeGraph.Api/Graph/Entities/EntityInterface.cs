using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Sources;

namespace KnowledgeGraph.Api.Graph.Entities;

/// <summary>The <c>Entity</c> interface: what every named thing of the graph answers, whatever its kind.</summary>
public sealed class EntityInterface : InterfaceGraphType
{
    /// <summary>Declares the shared fields; <see cref="EntityGraphType{T}"/> implements them.</summary>
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A named thing of the graph: region, school, unit, program, studio, funding line, target, person or article.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable id of the object.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the documents use for the same thing.");
        Field<NonNullGraphType<EntityKindType>>("kind").Description("Which kind of entity this is.");
        Field<EvidenceType>("evidence").Description("Where the entity was first read.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("mentionedIn")
            .Description("Articles and documents that mention the entity.");
    }
}
