using GraphQL.Types;
using KnowledgeGraph.Api.Articles;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Articles;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Documents;

/// <summary>GraphQL type of <see cref="Document"/>.</summary>
public sealed class DocumentType : ObjectGraphType<Document>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Document";

    /// <inheritdoc />
    public static string Label => NodeLabels.Document;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        new("fileName", PropertyNames.FileName, QueryableValueKind.Text),
        new("title", PropertyNames.Title, QueryableValueKind.Text),
        new("number", PropertyNames.Number, QueryableValueKind.Text),
        new("date", PropertyNames.Date, QueryableValueKind.Text),
    ];

    /// <summary>Declares the document fields.</summary>
    public DocumentType()
    {
        Name = TypeName;
        Description = "A source document, such as the notice 凉委办发〔2022〕14号.";
        this.ImplementNode(d => d.Id);
        Field(d => d.FileName).Description("File name as ingested.");
        Field(d => d.Title, nullable: true).Description("Title from the document's header.");
        Field(d => d.Number, nullable: true).Description("Document number, such as 凉委办发〔2022〕14号.");
        Field<DateOnlyGraphType>("date").Description("Issue date.").Resolve(context => context.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("issuers")
            .Description("Units that issued the document, as its header names them.")
            .Resolve(context => context.Related<Unit>(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.IssuedBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans")
            .Description("Implementation plans (实施方案) in the document, in document order.")
            .Resolve(context => context.Related<Plan>(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.PartOf));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles")
            .Description("Articles in the document (bulletin items, news stories, report sections), in document order.")
            .Resolve(context => context.Related<Article>(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.PartOf));
        this.EntitiesField(d => d.Id, "Entities the document mentions, in order of first mention.");
        Field<StringGraphType>("text")
            .Description("The normalised text that evidence offsets index (paragraphs joined by line breaks, PDF line breaks inside paragraphs removed); null when the document's file is gone.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<DocumentTexts>()
                .ReadAsync(context.Source.FileName, context.CancellationToken));
    }
}
