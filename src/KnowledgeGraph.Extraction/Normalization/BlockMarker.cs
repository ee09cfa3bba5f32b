namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>The marker that opens a numbered block (一、 （一） 1. （1） ①).</summary>
/// <param name="Level">Its numbering level.</param>
/// <param name="Number">Its number, whatever the numerals (（三） is 3).</param>
/// <param name="Written">The marker as written, without the spaces after it (（三）, 3.).</param>
/// <param name="Length">Length of the marker and the spaces after it.</param>
public sealed record BlockMarker(BlockLevel Level, int Number, string Written, int Length);
