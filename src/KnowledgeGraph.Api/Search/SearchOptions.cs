using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Search;

/// <summary>How many hits <c>search</c> returns (configuration section <c>KnowledgeGraph:Search</c>).</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Search";

    /// <summary>Hits returned when the query gives no <c>first</c>.</summary>
    [Range(1, 10_000)]
    public int DefaultHits { get; set; } = 10;

    /// <summary>The largest <c>first</c> accepted.</summary>
    [Range(1, 10_000)]
    public int MaxHits { get; set; } = 50;
}
