namespace KnowledgeGraph.Extraction;

/// <summary>
/// Items with spans, ordered by where they start, for a recogniser that asks for every mention of a document which
/// item holds it, which items lie inside a span or whether any item overlaps it. A binary search answers, where a scan
/// of every item would make the recogniser's cost grow with the square of the document's length.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SpanIndex<T>
{
    private readonly (SourceSpan Span, T Item)[] _entries;

    // The furthest end of the entries up to each position: no entry at or before it reaches past that.
    private readonly int[] _furthestEnd;

    /// <summary>Indexes <paramref name="items"/> by <paramref name="span"/>; items starting together keep the order given.</summary>
    public SpanIndex(IEnumerable<T> items, Func<T, SourceSpan> span)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(span);
        _entries = [.. items.Select(item => (Span: span(item), Item: item)).OrderBy(entry => entry.Span.Start)];
        _furthestEnd = new int[_entries.Length];
        for (var i = 0; i < _entries.Length; i++)
        {
            _furthestEnd[i] = Math.Max(i > 0 ? _furthestEnd[i - 1] : int.MinValue, _entries[i].Span.End);
        }
    }

    /// <summary>The item whose span holds <paramref name="inner"/>, the one starting first when several do; default when none.</summary>
    public T? Holding(SourceSpan inner)
    {
        // The first entry that reaches the inner span's end is where the furthest end first does; it holds the inner
        // span when it starts no later.
        int low = 0, high = _entries.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_furthestEnd[middle] < inner.End)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < _entries.Length && _entries[low].Span.Start <= inner.Start ? _entries[low].Item : default;
    }

    /// <summary>The items whose spans lie inside <paramref name="outer"/>, in order of start.</summary>
    public IEnumerable<T> Within(SourceSpan outer)
    {
        for (var i = FirstStartingAtOrAfter(outer.Start); i < _entries.Length && _entries[i].Span.Start <= outer.End; i++)
        {
            if (_entries[i].Span.End <= outer.End)
            {
                yield return _entries[i].Item;
            }
        }
    }

    /// <summary>Whether any item's span shares a character with <paramref name="span"/>.</summary>
    public bool Overlaps(SourceSpan span)
    {
        // Only items starting before the span ends can overlap it; one of them does when the furthest reaches past its start.
        var last = LastStartingAtOrBefore(span.End - 1);
        return last >= 0 && _furthestEnd[last] > span.Start;
    }

    private int LastStartingAtOrBefore(int offset) => FirstStartingAtOrAfter(offset + 1) - 1;

    private int FirstStartingAtOrAfter(int offset)
    {
        int low = 0, high = _entries.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_entries[middle].Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
