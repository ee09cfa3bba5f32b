namespace KnowledgeGraph.Extraction;

/// <summary>
/// One small step of extraction with one job, like a Markdig parser: it reads what earlier recognisers left in the
/// <see cref="ExtractionContext"/> and adds what it recognises. Recognisers hold no per-document state, so a frozen
/// pipeline can run them on many documents at once. Each says what it reads and what it adds, so that
/// <see cref="ExtractionPipelineBuilder.Build"/> refuses an order in which a recogniser would read a fact before
/// everything that adds to it has run.
/// </summary>
public interface IRecognizer
{
    /// <summary>The facts this recogniser reads: every recogniser that produces one of them must run before it.</summary>
    IReadOnlyCollection<ExtractionFact> Needs { get; }

    /// <summary>The facts this recogniser adds to the context.</summary>
    IReadOnlyCollection<ExtractionFact> Produces { get; }

    /// <summary>Recognises this step's entities or relationships in the context's document.</summary>
    void Recognize(ExtractionContext context);
}
