namespace KnowledgeGraph.Storage.Embedded;

/// <summary>A record with the position it sorts by.</summary>
internal readonly record struct Positioned<T>(DocumentPosition Position, T Record)
{
    /// <summary>Sorts by position alone, so that a set holds one record per position and finds it by position.</summary>
    public static IComparer<Positioned<T>> ByPosition { get; } = Comparer<Positioned<T>>.Create((x, y) => x.Position.CompareTo(y.Position));
}
