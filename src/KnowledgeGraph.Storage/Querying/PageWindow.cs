namespace KnowledgeGraph.Storage.Querying;

/// <summary>
/// Relay paging over an ordered result, with offset cursors: <c>after</c>/<c>before</c> are positions in the
/// result, <c>first</c>/<c>last</c> counts. Both stores resolve a window the same way once they know the total.
/// </summary>
/// <param name="After">Position the page starts after, or null.</param>
/// <param name="Before">Position the page ends before, or null.</param>
/// <param name="First">Take this many from the start of the range, or null.</param>
/// <param name="Last">Take this many from the end of the range, or null.</param>
public sealed record PageWindow(int? After, int? Before, int? First, int? Last)
{
    /// <summary>The first <paramref name="count"/> results.</summary>
    public static PageWindow FirstOf(int count) => new(null, null, count, null);

    /// <summary>
    /// How far from the start any result's window reaches, whatever its total: a store that loads this many serves the
    /// window. Null when only the total says, for a window counted from the end (<c>last</c> alone).
    /// </summary>
    public int? Reach
    {
        get
        {
            int? byFirst = First is { } first ? Math.Max(0, (After ?? -1) + 1) + first : null;
            int? byBefore = Before is { } before ? Math.Max(0, before) : null;
            return byFirst is { } end && byBefore is { } limit ? Math.Min(end, limit) : byFirst ?? byBefore;
        }
    }

    /// <summary>Which positions [<c>Offset</c>, <c>Offset + Count</c>) the window selects from a result of <paramref name="totalCount"/>.</summary>
    public (int Offset, int Count) Resolve(int totalCount)
    {
        var start = After is { } after ? Math.Clamp(after + 1, 0, totalCount) : 0;
        var end = Before is { } before ? Math.Clamp(before, start, totalCount) : totalCount;
        if (First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        return (start, end - start);
    }
}
