using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>The root field <c>fundingTotals</c>.</summary>
public static class FundingTotalsField
{
    private static readonly string[] Amounts = [PropertyNames.AmountYuanMin, PropertyNames.AmountYuanMax];

    /// <summary>Adds <c>fundingTotals</c> to the root query.</summary>
    public static void AddFundingTotalsField(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingTotalType>>>>("fundingTotals")
            .Description("Funding lines grouped by payer, purpose, paying body or funded thing, largest sum of lower bounds first.")
            .Argument<NonNullGraphType<FundingGroupingType>>("groupBy", "What to group by.", argument => argument.DefaultValue = new GroupByProperty(PropertyNames.Payer))
            .Argument<IntGraphType>("first", "Return at most this many groups (default and maximum as for connections).")
            .WithComplexityImpact(FieldPrices.Aggregate)
            .ResolveAsync(async context =>
            {
                var grouping = context.GetArgument<NodeGrouping>("groupBy");
                var query = new NodeSumQuery(NodeLabels.FundingLine, grouping, Amounts, AggregateFields.PageSize(context));
                var groups = await GraphRequest.Of(context).Store.SumNodesAsync(query, context.CancellationToken);
                return groups.Select(group => new FundingTotal(group, grouping is GroupByRelated)).ToList();
            });
    }
}
