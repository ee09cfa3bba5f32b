using GraphQL.Types;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Relationships;
using KnowledgeGraph.Api.Measures;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Plans;

/// <summary>GraphQL type of <see cref="Plan"/>.</summary>
public sealed class PlanType : ObjectGraphType<Plan>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Plan";

    /// <inheritdoc />
    public static string Label => NodeLabels.Plan;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        new("title", PropertyNames.Title, QueryableValueKind.Text),
    ];

    /// <summary>Declares the plan fields.</summary>
    public PlanType()
    {
        Name = TypeName;
        Description = "An implementation plan (实施方案) inside a document.";
        this.ImplementNode(p => p.Id);
        Field(p => p.Title).Description("Title, such as 凉山州学前教育高质量发展实施方案.");
        Field<NonNullGraphType<DocumentType>>("document")
            .Description("The document the plan is part of.")
            .Resolve(context => context.RelatedSingle<Document>(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.PartOf));
        Field<NonNullGraphType<ConnectionGraphType<MeasureType, Measure>>>("measures")
            .Description("The plan's numbered measures, in document order.")
            .WithPaging()
            .Resolve(context => context.RelatedPageOf<Measure>(context.Source.Id, RelationshipDirection.Incoming, RelationshipTypes.PartOf));
        this.RelationshipConnectionField<Plan, MeasureType, Measure>(
            "measuresConnection",
            "The plan's measures as PART_OF relationships, in document order; each edge carries its evidence.",
            p => p.Id,
            RelationshipDirection.Incoming,
            _ => [RelationshipTypes.PartOf]);
    }
}
