namespace KnowledgeGraph.Extraction.Normalization;

/// <summary>Turns a document's raw text into the normalised text that every offset and evidence refers to.</summary>
public interface ITextNormalizer
{
    /// <summary>Normalises <paramref name="rawText"/> into paragraphs.</summary>
    NormalizedText Normalize(string rawText);
}
