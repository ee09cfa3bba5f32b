namespace KnowledgeGraph.Extraction;

/// <summary>
/// One small step of extraction with one job, like a Markdig parser: it reads what earlier recognisers left in the
/// <see cref="ExtractionContext"/> and adds what it recognises. Recognisers hold no per-document state, so a frozen
/// pipeline can run them on many documents at once.
/// </summary>
public interface IRecognizer
{
    /// <summary>Recognises this step's entities or relationships in the context's document.</summary>
    void Recognize(ExtractionContext context);
}
