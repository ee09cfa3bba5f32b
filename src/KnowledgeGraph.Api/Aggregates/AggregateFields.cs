using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Units;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>The root fields <c>unitResponsibility</c>, <c>fundingTotals</c> and <c>stats</c>.</summary>
public static class AggregateFields
{
    // A measure lies inside its plan and its plan's document; a unit inside its region and the regions above it.
    private static readonly string[] MeasureContainment = [RelationshipTypes.PartOf];
    private static readonly string[] UnitContainment = [RelationshipTypes.LocatedIn, RelationshipTypes.PartOf];

    /// <summary>Adds <c>unitResponsibility</c>, <c>fundingTotals</c> and <c>stats</c> to the root query.</summary>
    public static void AddAggregateFields(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitResponsibilityType>>>>("unitResponsibility")
            .Description("Units ranked by the measures they are responsible for in the ranking `role`, then by the total, then by measures led, then by id.")
            .Argument<NonNullGraphType<MeasureRoleType>>(
                "role", "Rank by measures led (LEAD), shared (CO) or both (ANY).", argument => argument.DefaultValue = MeasureRole.Any)
            .Argument<IdGraphType>("document", "Count only measures of this document.")
            .Argument<IdGraphType>("plan", "Count only measures of this plan.")
            .Argument<IdGraphType>("region", "Rank only units located in this region or a region inside it.")
            .Argument<IntGraphType>("first", "Return at most this many units (default and maximum as for connections).")
            .WithComplexityImpact(FieldPrices.Aggregate)
            .ResolveAsync(async context =>
            {
                var query = UnitResponsibility.Ranking(
                    context.GetArgument<MeasureRole>("role"),
                    [.. Within(context, "document", MeasureContainment), .. Within(context, "plan", MeasureContainment)],
                    Within(context, "region", UnitContainment),
                    PageSize(context));
                var counts = await Store(context).CountRelationshipsAsync(query, context.CancellationToken);
                return counts.Select(UnitResponsibility.From).ToList();
            });
        query.AddFundingTotalsField();
        query.Field<NonNullGraphType<StatsType>>("stats")
            .Description("How many nodes and relationships of each kind the graph holds, overall and per document.")
            .WithComplexityImpact(FieldPrices.Aggregate)
            .ResolveAsync(async context => await Store(context).GetStatisticsAsync(context.CancellationToken));
    }

    private static List<Containment> Within(IResolveFieldContext context, string argument, IReadOnlyList<string> via) =>
        context.GetArgument<string?>(argument) is { } id
            ? [new Containment(GlobalId.Decode(id) ?? throw new ExecutionError($"'{id}' is not an id this API issued.") { Code = ErrorCodes.InvalidId }, via)]
            : [];

    /// <summary>The <c>first</c> argument of an aggregate list, checked as a connection's page size.</summary>
    internal static int PageSize(IResolveFieldContext context)
    {
        var paging = GraphRequest.Of(context).Paging;
        return context.GetArgument<int?>("first") switch
        {
            null => paging.DefaultPageSize,
            < 0 => throw new ExecutionError("`first` must not be negative.") { Code = ErrorCodes.InvalidPagingArgument },
            var first when first > paging.MaxPageSize => throw new ExecutionError(
                $"`first` is {first}, above the maximum page size of {paging.MaxPageSize}.")
            { Code = ErrorCodes.PageSizeExceeded },
            var first => first.Value,
        };
    }

    private static IGraphStore Store(IResolveFieldContext context) => GraphRequest.Of(context).Store;
}
