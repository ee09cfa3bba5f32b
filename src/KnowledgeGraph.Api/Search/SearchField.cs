using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Search;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Search;

/// <summary>The root field <c>search</c>.</summary>
public static class SearchField
{
    /// <summary>Adds <c>search</c> to the root query.</summary>
    public static void AddSearchField(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description(
                "Full-text search over names, aliases, titles and texts, made for Chinese: texts are cut into overlapping "
                + "character pairs (财政局 → 财政, 政局), so any part of a word matches and nothing depends on spaces. "
                + "Hits sharing more pairs with the text rank higher. Query syntax (AND, quotes, *) is taken literally.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, such as 财政 or 名师工作室.")
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds", "Only nodes of these kinds; all kinds when left out.")
            .Argument<IntGraphType>("first", "Return at most this many hits, best first (default and maximum under `KnowledgeGraph:Search`).")
            .WithComplexityImpact(FieldPrices.Search)
            .ResolveAsync(async context =>
            {
                var options = context.RequestServices!.GetRequiredService<IOptions<SearchOptions>>().Value;
                var query = new SearchQuery(
                    context.GetArgument<string>("text"),
                    context.GetArgument<List<string>?>("kinds") ?? [],
                    HitCount(context.GetArgument<int?>("first"), options));
                return await GraphRequest.Of(context).Store.SearchAsync(query, context.CancellationToken);
            });
    }

    private static int HitCount(int? first, SearchOptions options) => first switch
    {
        null => options.DefaultHits,
        < 0 => throw new ExecutionError("`first` must not be negative.") { Code = ErrorCodes.InvalidPagingArgument },
        > 0 when first > options.MaxHits => throw new ExecutionError(
            $"`first` is {first}, above the maximum of {options.MaxHits} hits.")
        { Code = ErrorCodes.PageSizeExceeded },
        _ => first.Value,
    };
}
