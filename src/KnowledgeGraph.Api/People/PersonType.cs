using GraphQL.Types;
using KnowledgeGraph.Api.Articles;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Articles;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.People;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.People;

/// <summary>GraphQL type of <see cref="Person"/>.</summary>
public sealed class PersonType : EntityGraphType<Person>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Person";

    /// <inheritdoc />
    public static string Label => NodeLabels.Person;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("titles", PropertyNames.Titles, QueryableValueKind.TextList, Sortable: false),
    ];

    /// <summary>Declares the person fields.</summary>
    public PersonType()
        : base(TypeName, "A named person — an official, a reporter in a byline, someone a story quotes — with the titles the documents give them.", "Name, such as 余孝其.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("titles")
            .Description("Titles as written, such as 省委教育工委书记 and 教育厅党组书记、厅长.")
            .Resolve(context => context.Source.Titles);
        RelatedListField<UnitType, Unit>("units", "Units in which the person holds a post.", RelationshipDirection.Outgoing, RelationshipTypes.HoldsPost);
        RelatedListField<ArticleType, Article>("articles", "Articles whose byline names the person as a writer.", RelationshipDirection.Incoming, RelationshipTypes.AuthoredBy);
    }
}
