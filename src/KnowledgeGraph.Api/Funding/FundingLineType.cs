using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Entities;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Funding;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Funding;

/// <summary>GraphQL type of <see cref="FundingLine"/>.</summary>
public sealed class FundingLineType : EntityGraphType<FundingLine>, INodeGraphType
{
    /// <inheritdoc />
    public static string TypeName => "FundingLine";

    /// <inheritdoc />
    public static string Label => NodeLabels.FundingLine;

    /// <inheritdoc />
    public static IReadOnlyList<QueryableField> QueryableFields { get; } =
    [
        .. EntityQueryableFields.Common,
        new("amountYuanMin", PropertyNames.AmountYuanMin, QueryableValueKind.Number),
        new("amountYuanMax", PropertyNames.AmountYuanMax, QueryableValueKind.Number),
        new("period", PropertyNames.Period, QueryableValueKind.Text),
        new("perUnit", PropertyNames.PerUnit, QueryableValueKind.Text),
        new("payer", PropertyNames.Payer, QueryableValueKind.Text),
        new("purpose", PropertyNames.Purpose, QueryableValueKind.Text),
        new("text", PropertyNames.Text, QueryableValueKind.Text, Sortable: false),
    ];

    /// <summary>Declares the funding fields.</summary>
    public FundingLineType()
        : base(TypeName, "An amount of money with payer, purpose, period and range in yuan.", "The amount as written, such as 3000 万元 or 2—100万元.")
    {
        // Float, not Int: amounts such as 30亿元 exceed GraphQL's 32-bit Int.
        Field<FloatGraphType>("amountYuanMin")
            .Description("Lower bound in yuan (30多亿元 → 3000000000).")
            .Resolve(context => context.Source.AmountYuanMin);
        Field<FloatGraphType>("amountYuanMax")
            .Description("Upper bound in yuan; the same as the lower bound for a single amount, null when open-ended (30多亿元).")
            .Resolve(context => context.Source.AmountYuanMax);
        Field(f => f.Period, nullable: true).Description("How often it is paid: 每年, 每月, 一次性 ….");
        Field(f => f.PerUnit, nullable: true).Description("What it is counted per: 每生, 每室, 人均 ….");
        Field(f => f.Payer, nullable: true).Description("Who pays, as written (州级财政, 县级财政 …).");
        Field(f => f.Purpose, nullable: true).Description("What the money is for, as written.");
        Field(f => f.Text, nullable: true).Description("The clause the amount was read from.");
        RelatedListField<NodeInterface, object>("funds", "What the money pays for: programs, studios, measures or regions.", RelationshipDirection.Outgoing, RelationshipTypes.Funds);
        RelatedListField<EntityInterface, Entity>("paidBy", "The regions or units whose budget pays it.", RelationshipDirection.Outgoing, RelationshipTypes.PaidBy);
    }
}
