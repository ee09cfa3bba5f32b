namespace KnowledgeGraph.Api.Graph.Connections;

/// <summary>What <c>PageInfo</c> reads from a page, whatever its node type.</summary>
public interface IPageInfo
{
    /// <summary>Whether nodes exist after this page.</summary>
    bool HasNextPage { get; }

    /// <summary>Whether nodes exist before this page.</summary>
    bool HasPreviousPage { get; }

    /// <summary>Cursor of the first node, or null for an empty page.</summary>
    string? StartCursor { get; }

    /// <summary>Cursor of the last node, or null for an empty page.</summary>
    string? EndCursor { get; }
}
