using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Entities;

/// <summary>
/// Base of every entity object type (<c>Region</c>, <c>School</c>, <c>Unit</c> …): declares the <c>Node</c> and
/// <c>Entity</c> fields once, so that each kind's type only adds what is its own.
/// </summary>
/// <typeparam name="T">The entity's typed object.</typeparam>
public abstract class EntityGraphType<T> : ObjectGraphType<T>
    where T : Entity
{
    /// <summary>Names the type and declares the shared fields.</summary>
    /// <param name="name">The GraphQL type name.</param>
    /// <param name="description">What the type is.</param>
    /// <param name="nameDescription">What its canonical name looks like, with an example.</param>
    protected EntityGraphType(string name, string description, string nameDescription)
    {
        Name = name;
        Description = description;
        this.ImplementNode(e => e.Id);
        Interface<EntityInterface>();
        Field(e => e.Name).Description(nameDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the documents use for the same thing.")
            .Resolve(context => context.Source.Aliases);
        Field<NonNullGraphType<EntityKindType>>("kind")
            .Description("Which kind of entity this is.")
            .Resolve(context => context.Source.Kind);
        Field<EvidenceType>("evidence")
            .Description("Where the entity was first read.")
            .Resolve(context => context.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("mentionedIn")
            .Description("Articles and documents that mention the entity.")
            .Resolve(context => context.Related<object>(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.MentionedIn));
    }

    /// <summary>A non-null list field of the objects at the other end of the entity's relationships of one type.</summary>
    /// <typeparam name="TGraphType">The GraphQL type of the related objects.</typeparam>
    /// <typeparam name="TObject">Their typed object (or interface); related nodes of other kinds are left out.</typeparam>
    protected void RelatedListField<TGraphType, TObject>(string name, string description, RelationshipDirection direction, string type)
        where TGraphType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Resolve(context => context.Related<TObject>(context.Source.Id, direction, type));

    /// <summary>A nullable field of the first object at the other end of the entity's relationships of one type.</summary>
    /// <typeparam name="TGraphType">The GraphQL type of the related object.</typeparam>
    /// <typeparam name="TObject">Its typed object.</typeparam>
    protected void RelatedSingleField<TGraphType, TObject>(string name, string description, RelationshipDirection direction, string type)
        where TGraphType : IGraphType
        where TObject : class =>
        Field<TGraphType>(name)
            .Description(description)
            .Resolve(context => context.RelatedSingle<TObject>(context.Source.Id, direction, type));
}
