using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>The Relay arguments <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, and their checks.</summary>
public static class PagingArguments
{
    /// <summary>Adds the four paging arguments to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", "Return at most this many objects from the start (default and maximum are configured).")
            .Argument<StringGraphType>("after", "Return objects after this cursor.")
            .Argument<IntGraphType>("last", "Return at most this many objects from the end.")
            .Argument<StringGraphType>("before", "Return objects before this cursor.");
    }

    /// <summary>The window the arguments ask for; the default page size applies when neither count is given.</summary>
    public static PageWindow Window(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = GraphRequest.Of(context).Paging;
        var first = PageSize(context, "first", options);
        var last = PageSize(context, "last", options);
        return new PageWindow(
            Position(context, "after"),
            Position(context, "before"),
            first ?? (last is null ? options.DefaultPageSize : null),
            last);
    }

    private static int? PageSize(IResolveFieldContext context, string name, PagingOptions options)
    {
        var size = context.GetArgument<int?>(name);
        return size switch
        {
            < 0 => throw new ExecutionError($"`{name}` must not be negative.") { Code = ErrorCodes.InvalidPagingArgument },
            { } value when value > options.MaxPageSize => throw new ExecutionError(
                $"`{name}` is {value}, above the maximum page size of {options.MaxPageSize}.")
            { Code = ErrorCodes.PageSizeExceeded },
            _ => size,
        };
    }

    private static int? Position(IResolveFieldContext context, string name) =>
        context.GetArgument<string?>(name) is { } cursor
            ? Cursor.Decode(cursor) ?? throw new ExecutionError($"`{name}` is not a cursor this API issued.") { Code = ErrorCodes.InvalidCursor }
            : null;
}
