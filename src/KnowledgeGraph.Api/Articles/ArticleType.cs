using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.People;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Articles;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.People;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Articles;

/// <summary>GraphQL type of <see cref="Article"/>.</summary>
public sealed class ArticleType : EntityGraphType<Article>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Article";

    /// <inheritdoc />
    public static string Label => NodeLabels.Article;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("genre", PropertyNames.Genre, QueryableValueKind.Text),
        new("section", PropertyNames.Section, QueryableValueKind.Text),
        new("text", PropertyNames.Text, QueryableValueKind.Text, Sortable: false),
    ];

    /// <summary>Declares the article fields.</summary>
    public ArticleType()
        : base(TypeName, "A titled item inside a document: a bulletin item, a news story, a section of a city report.", "Its title (headline), such as 我省启动 2024 届普通高校毕业生就业创业促进行动.")
    {
        Field(a => a.Genre, nullable: true).Description("bulletin-item, news-story, city-report or notice.");
        Field(a => a.Section, nullable: true).Description("The heading it sits under, such as 【重要工作】.");
        Field(a => a.Text, nullable: true).Description("Its full text.");
        Field(a => a.Ordinal).Description("1-based position in its document.");
        RelatedSingleField<DocumentType, Document>("document", "The document the article is part of.", RelationshipDirection.Outgoing, RelationshipTypes.PartOf);
        RelatedListField<UnitType, Unit>("reportedBy", "The office that reported it (the parentheses closing a bulletin item, such as （高教处）).", RelationshipDirection.Outgoing, RelationshipTypes.ReportedBy);
        RelatedListField<PersonType, Person>("authors", "The reporters its byline names as writers, such as 钟兴茂 and 陈朝和 in 本报讯（记者 钟兴茂 陈朝和）.", RelationshipDirection.Outgoing, RelationshipTypes.AuthoredBy);
        this.EntitiesField(a => a.Id, "Entities the article mentions, in order of first mention.");
    }
}
