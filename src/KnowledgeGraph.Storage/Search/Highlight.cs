namespace KnowledgeGraph.Storage.Search;

/// <summary>An excerpt of one searchable field with the places that match the search.</summary>
/// <param name="Property">The property the excerpt comes from, one of <see cref="SearchFields.Properties"/>.</param>
/// <param name="Fragment">The excerpt; an ellipsis (…) stands for text cut off at either end.</param>
/// <param name="Matches">Matched spans of <paramref name="Fragment"/>, in order, not overlapping.</param>
public sealed record Highlight(string Property, string Fragment, IReadOnlyList<TextSpan> Matches);

/// <summary>A span of characters in a text.</summary>
/// <param name="Offset">Position of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Offset, int Length)
{
    /// <summary>Position just after the last character.</summary>
    public int End => Offset + Length;
}
