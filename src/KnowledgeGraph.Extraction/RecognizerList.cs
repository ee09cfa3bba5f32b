using System.Collections.ObjectModel;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// An ordered list of recognisers with explicit placement (Markdig's <c>OrderedList</c>): order matters because a
/// recogniser reads what the ones before it found.
/// </summary>
public sealed class RecognizerList : Collection<IRecognizer>
{
    /// <summary>Inserts <paramref name="recognizer"/> just before the first recogniser of type <typeparamref name="T"/>.</summary>
    /// <returns>False when no recogniser of that type is in the list (nothing is inserted).</returns>
    public bool InsertBefore<T>(IRecognizer recognizer)
        where T : IRecognizer
    {
        var index = IndexOf<T>();
        if (index < 0)
        {
            return false;
        }

        Insert(index, recognizer);
        return true;
    }

    /// <summary>Inserts <paramref name="recognizer"/> just after the first recogniser of type <typeparamref name="T"/>.</summary>
    /// <returns>False when no recogniser of that type is in the list (nothing is inserted).</returns>
    public bool InsertAfter<T>(IRecognizer recognizer)
        where T : IRecognizer
    {
        var index = IndexOf<T>();
        if (index < 0)
        {
            return false;
        }

        Insert(index + 1, recognizer);
        return true;
    }

    /// <summary>Replaces the first recogniser of type <typeparamref name="T"/>.</summary>
    /// <returns>False when no recogniser of that type is in the list.</returns>
    public bool Replace<T>(IRecognizer recognizer)
        where T : IRecognizer
    {
        var index = IndexOf<T>();
        if (index < 0)
        {
            return false;
        }

        this[index] = recognizer;
        return true;
    }

    /// <summary>Removes every recogniser of type <typeparamref name="T"/>.</summary>
    /// <returns>True when at least one was removed.</returns>
    public bool RemoveAll<T>()
        where T : IRecognizer
    {
        var removed = false;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (this[i] is T)
            {
                RemoveAt(i);
                removed = true;
            }
        }

        return removed;
    }

    /// <summary>Whether a recogniser of type <typeparamref name="T"/> is in the list.</summary>
    public bool Contains<T>()
        where T : IRecognizer => IndexOf<T>() >= 0;

    private int IndexOf<T>()
        where T : IRecognizer
    {
        for (var i = 0; i < Count; i++)
        {
            if (this[i] is T)
            {
                return i;
            }
        }

        return -1;
    }
}
