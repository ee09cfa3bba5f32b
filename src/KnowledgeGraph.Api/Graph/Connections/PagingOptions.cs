using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>Page sizes of connections (configuration section <c>KnowledgeGraph:Paging</c>).</summary>
public sealed class PagingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Paging";

    /// <summary>Objects per page when the query gives neither <c>first</c> nor <c>last</c>.</summary>
    [Range(1, 10_000)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c>/<c>last</c> accepted.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;
}
