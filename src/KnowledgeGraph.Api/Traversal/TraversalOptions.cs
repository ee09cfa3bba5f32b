using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Traversal;

/// <summary>Bounds on traversals (configuration section <c>KnowledgeGraph:Traversal</c>); a query beyond them gets an error, not a slow answer.</summary>
public sealed class TraversalOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:Traversal";

    /// <summary>The largest <c>depth</c> of <c>neighborhood</c>.</summary>
    [Range(0, 10)]
    public int MaxDepth { get; set; } = 3;

    /// <summary>The most nodes a <c>neighborhood</c> returns, and the largest <c>limit</c> it accepts.</summary>
    [Range(1, 100_000)]
    public int MaxNodes { get; set; } = 200;

    /// <summary>The largest <c>maxLength</c> of <c>paths</c>.</summary>
    [Range(0, 20)]
    public int MaxPathLength { get; set; } = 6;

    /// <summary>The largest <c>first</c> of <c>paths</c>.</summary>
    [Range(1, 10_000)]
    public int MaxPaths { get; set; } = 50;

    /// <summary>How many paths <c>paths</c> returns when <c>first</c> is not given.</summary>
    [Range(1, 10_000)]
    public int DefaultPaths { get; set; } = 10;
}
