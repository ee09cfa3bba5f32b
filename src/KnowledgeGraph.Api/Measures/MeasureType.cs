using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Relationships;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Domain.Units;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Measures;

/// <summary>GraphQL type of <see cref="Measure"/>.</summary>
public sealed class MeasureType : ObjectGraphType<Measure>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "Measure";

    /// <inheritdoc />
    public static string Label => NodeLabels.Measure;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        new("number", PropertyNames.Number, QueryableValueKind.Number),
        new("title", PropertyNames.Title, QueryableValueKind.Text),
        new("section", PropertyNames.Section, QueryableValueKind.Text),
        new("deadline", PropertyNames.Deadline, QueryableValueKind.Text),
        new("text", PropertyNames.Text, QueryableValueKind.Text, Sortable: false),
    ];

    /// <summary>Declares the measure fields.</summary>
    public MeasureType()
    {
        Name = TypeName;
        Description = "A numbered measure of an implementation plan, with the units responsible for it.";
        this.ImplementNode(m => m.Id);
        Field(m => m.Number).Description("The number the measure carries in its plan, whatever its numerals (（三） is 3).");
        Field(m => m.NumberAsWritten, nullable: true).Description("The number as the plan writes it, with brackets or separator: （三）, 3., ②.");
        Field(m => m.Ordinal).Description("Position (1-based) of the measure in its plan.");
        Field(m => m.Title).Description("Short title: the measure's text up to the first 。 or its responsibility bracket.");
        Field(m => m.Text).Description("Full text, responsibility bracket included.");
        Field(m => m.Section, nullable: true).Description("Heading the measure sits under, such as （一）大力实施普惠性资源扩容增效.");
        Field(m => m.Deadline, nullable: true).Description("When the measure is to be done, as written: 2025年6月, 2024年12月底前完成, 持续推进.");
        Field<ResponsibilityRuleType>("responsibilityRule")
            .Description("Why its lead units lead: the rule applied (a stated rule, labels, a sentence, or every unit leading where none is told apart) and the words it was read from; null when no unit is named.")
            .Resolve(context => context.Source.ResponsibilityRule);
        Field<NonNullGraphType<PlanType>>("plan")
            .Description("The plan the measure belongs to.")
            .Resolve(context => context.RelatedSingle<Plan>(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.PartOf));
        Field<NonNullGraphType<DocumentType>>("document")
            .Description("The document the measure's plan is part of.")
            .Resolve(context => context
                .RelatedIds(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.PartOf)
                .Then(plans => context.RelatedSingle<Document>(plans.Single(), RelationshipDirection.Outgoing, RelationshipTypes.PartOf)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("leadUnits")
            .Description("Units that lead the measure, by its responsibilityRule.")
            .Resolve(context => context.Related<Unit>(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.LedBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("coUnits")
            .Description("Units that share responsibility, by its responsibilityRule.")
            .Resolve(context => context.Related<Unit>(context.Source.Id, RelationshipDirection.Outgoing, RelationshipTypes.CoLedBy));
        this.RelationshipConnectionField<Measure, UnitType, Unit>(
                "responsibilitiesConnection",
                "The units responsible for the measure as relationships, leads first; each edge carries its role and evidence.",
                m => m.Id,
                RelationshipDirection.Outgoing,
                context => Responsibility.TypesOf(context.GetArgument<MeasureRole>("role")))
            .Argument<NonNullGraphType<MeasureRoleType>>("role", "Which responsibility to follow.", argument => argument.DefaultValue = MeasureRole.Any);
        Field<EvidenceType>("evidence")
            .Description("Where the measure was read.")
            .Resolve(context => context.Source.Evidence);
    }
}
