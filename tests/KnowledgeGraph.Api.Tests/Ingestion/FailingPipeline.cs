using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The default extraction pipeline with a recogniser bug that shows on one document only: every other document,
/// the seeds included, extracts as it always does, so a test sees that document fail against a fully loaded graph.
/// </summary>
internal static class FailingPipeline
{
    public static ExtractionPipeline FailingOn(string fileName)
    {
        var builder = new ExtractionPipelineBuilder();
        builder.Recognizers.Add(new ThrowingRecognizer(fileName));
        return builder.Build();
    }

    private sealed class ThrowingRecognizer(string fileName) : IRecognizer
    {
        public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

        public IReadOnlyCollection<ExtractionFact> Produces { get; } = [];

        public void Recognize(ExtractionContext context)
        {
            if (context.Source.FileName == fileName)
            {
                throw new InvalidOperationException("A recogniser bug.");
            }
        }
    }
}
