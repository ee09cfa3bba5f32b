namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// Counts of one comparison of extracted items with hand-checked ones: correct (wanted and found), spurious (found,
/// not wanted) and missed (wanted, not found), with the precision and recall they give.
/// </summary>
public sealed record Score(int Correct, int Spurious, int Missed)
{
    /// <summary>Nothing compared yet.</summary>
    public static Score Zero { get; } = new(0, 0, 0);

    /// <summary>Correct over found; 1 when nothing was found.</summary>
    public double Precision => Correct + Spurious == 0 ? 1 : (double)Correct / (Correct + Spurious);

    /// <summary>Correct over wanted; 1 when nothing was wanted.</summary>
    public double Recall => Correct + Missed == 0 ? 1 : (double)Correct / (Correct + Missed);

    /// <summary>Fails unless precision and recall each reach <paramref name="floor"/>'s; <paramref name="what"/> names the score.</summary>
    public void AssertReaches((double Precision, double Recall) floor, string what)
    {
        Assert.True(Precision >= floor.Precision, $"{what} precision {Precision:0.000}");
        Assert.True(Recall >= floor.Recall, $"{what} recall {Recall:0.000}");
    }

    /// <summary>Both comparisons counted together.</summary>
    public Score Plus(Score other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Score(Correct + other.Correct, Spurious + other.Spurious, Missed + other.Missed);
    }

    /// <summary>
    /// Compares what was found with what was wanted: a wanted item is correct when some found item matches it, and a
    /// found item is spurious when it matches no wanted item.
    /// </summary>
    public static ScoredComparison<T> Compare<T>(IReadOnlyList<T> wanted, IReadOnlyList<T> found, Func<T, T, bool> matches)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(matches);
        var missed = wanted.Where(w => !found.Any(f => matches(f, w))).ToList();
        var spurious = found.Where(f => !wanted.Any(w => matches(f, w))).ToList();
        return new ScoredComparison<T>(new Score(wanted.Count - missed.Count, spurious.Count, missed.Count), missed, spurious);
    }
}
