using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns a document into a <see cref="GraphBatch"/>. Immutable and thread-safe once built by
/// <see cref="ExtractionPipelineBuilder"/>; <see cref="Extract"/> is a pure function of the document, so the same
/// text always gives the same nodes, relationships and ids.
/// </summary>
public sealed class ExtractionPipeline
{
    private static readonly Lazy<ExtractionPipeline> DefaultPipeline = new(() => new ExtractionPipelineBuilder(ExtractionVocabulary.Default).Build());

    private readonly ITextNormalizer _normalizer;
    private readonly IReadOnlyList<IRecognizer> _recognizers;
    private readonly IReadOnlyList<IRecognizer> _relationshipRecognizers;

    internal ExtractionPipeline(
        ITextNormalizer normalizer,
        IReadOnlyList<IRecognizer> recognizers,
        IReadOnlyList<IRecognizer> relationshipRecognizers)
    {
        _normalizer = normalizer;
        _recognizers = recognizers;
        _relationshipRecognizers = relationshipRecognizers;
    }

    /// <summary>The pipeline with the default recognisers on <see cref="ExtractionVocabulary.Default"/>, built once.</summary>
    public static ExtractionPipeline Default => DefaultPipeline.Value;

    /// <summary>Extracts the graph of <paramref name="document"/>.</summary>
    public GraphBatch Extract(SourceDocument document) => ToBatch(Run(document));

    /// <summary>
    /// The normalised text of a document's raw text, as <see cref="Run"/> sees it: what evidence offsets index, for
    /// showing a fact in its source without extracting the document again.
    /// </summary>
    public NormalizedText Normalize(string rawText) => _normalizer.Normalize(rawText);

    /// <summary>
    /// Runs every recogniser on <paramref name="document"/> and returns the context they filled, for tests and
    /// tools that want the recognised entities rather than the records.
    /// </summary>
    public ExtractionContext Run(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ExtractionContext(document, _normalizer.Normalize(document.Text));
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(context);
        }

        foreach (var recognizer in _relationshipRecognizers)
        {
            recognizer.Recognize(context);
        }

        return context;
    }

    /// <summary>The nodes and relationships a context filled by <see cref="Run"/> holds, as one batch.</summary>
    public static GraphBatch ToBatch(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nodes = new List<NodeRecord> { context.Header.ToNode(context) };
        nodes.AddRange(context.Plans.Select(plan => plan.ToNode(context)));
        var responsibilities = context.Responsibilities.ToDictionary(r => r.MeasureId, StringComparer.Ordinal);
        nodes.AddRange(context.Measures.Select(measure => measure.ToNode(context, responsibilities.GetValueOrDefault(measure.Id))));
        nodes.AddRange(context.Entities.All.Select(entity => entity.ToNode(context)));
        return new GraphBatch(context.DocumentId, nodes, [.. context.Relationships]);
    }
}
