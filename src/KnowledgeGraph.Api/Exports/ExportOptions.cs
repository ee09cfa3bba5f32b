using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Exports;

/// <summary>Bounds on the exports (configuration section <c>KnowledgeGraph:Export</c>).</summary>
public sealed class ExportOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Export";

    /// <summary>How many nodes a whole-graph export reads from the store at a time (and so holds in memory).</summary>
    [Range(1, 100_000)]
    public int StorePageSize { get; set; } = 500;

    /// <summary>How many whole-graph exports may run at once; one more is refused with 429 until one ends.</summary>
    [Range(1, 100)]
    public int MaxConcurrentWholeGraphExports { get; set; } = 2;
}
