using GraphQL.Types;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>GraphQL type of <see cref="FundingTotal"/>.</summary>
public sealed class FundingTotalType : ObjectGraphType<FundingTotal>
{
    /// <summary>Declares the group's key, its related node and its sums.</summary>
    public FundingTotalType()
    {
        Name = "FundingTotal";
        Description = "Funding lines grouped by payer, purpose or a related node, with their amounts summed; a range keeps its bounds as two sums.";
        Field<StringGraphType>("key")
            .Description("The payer or purpose as written (PAYER, PURPOSE); null for the lines that name none, and for the node groupings.")
            .Resolve(context => context.Source.KeyIsNodeId ? null : context.Source.Group.Key);
        Field<NodeInterface>("node")
            .Description("The region, unit or funded thing the group stands for (PAID_BY, FUNDS); null for the lines without one.")
            .Resolve(context => context.Source is { KeyIsNodeId: true, Group.Key: { } id }
                ? context.LoadNodes<object>([id]).Select(nodes => nodes.Count > 0 ? nodes[0] : null)
                : DataLoaderResults.Completed<object?>(null));
        Field<NonNullGraphType<IntGraphType>>("lines")
            .Description("How many funding lines the group holds.")
            .Resolve(context => context.Source.Group.Count);
        Field<NonNullGraphType<IntGraphType>>("linesWithAmount")
            .Description("How many of its lines name an amount (the rest, such as 所需经费, name none).")
            .Resolve(context => Min(context.Source).Count);
        Field<FloatGraphType>("amountYuanMin")
            .Description("Sum of the lines' lower bounds in yuan; null when no line of the group names an amount.")
            .Resolve(context => Min(context.Source).Sum);
        Field<FloatGraphType>("amountYuanMax")
            .Description("Sum of the lines' upper bounds in yuan (a single amount is both bounds); null when a line has no upper bound (不少于…), so the total has none either.")
            .Resolve(context => Max(context.Source).Count < Min(context.Source).Count ? null : Max(context.Source).Sum);
    }

    private static PropertySum Min(FundingTotal total) => total.Group.Sums[PropertyNames.AmountYuanMin];

    private static PropertySum Max(FundingTotal total) => total.Group.Sums[PropertyNames.AmountYuanMax];
}
