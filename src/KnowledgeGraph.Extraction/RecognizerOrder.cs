namespace KnowledgeGraph.Extraction;

/// <summary>
/// The order rule of a pipeline: a recogniser that needs a fact runs after every recogniser that produces it, so it
/// reads the fact whole. A fact nobody produces is allowed (a removed recogniser leaves it empty); a producer placed
/// after a reader is not, since the reader would silently see part of the fact or none of it.
/// </summary>
internal static class RecognizerOrder
{
    /// <summary>Throws when a recogniser of <paramref name="recognizers"/> (in running order) needs a fact a later one produces.</summary>
    public static void Check(IReadOnlyList<IRecognizer> recognizers)
    {
        for (var reader = 0; reader < recognizers.Count; reader++)
        {
            for (var producer = reader + 1; producer < recognizers.Count; producer++)
            {
                var early = recognizers[reader].Needs.Intersect(recognizers[producer].Produces).ToList();
                if (early.Count > 0)
                {
                    throw new InvalidOperationException(
                        $"{Name(recognizers[reader])} needs {string.Join(", ", early)}, which {Name(recognizers[producer])} " +
                        $"produces after it: place {Name(recognizers[producer])} before {Name(recognizers[reader])}.");
                }
            }
        }
    }

    private static string Name(IRecognizer recognizer) => recognizer.GetType().Name;
}
