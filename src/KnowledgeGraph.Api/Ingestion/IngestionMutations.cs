using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>The ingestion fields of the root <c>Mutation</c> type.</summary>
public static class IngestionMutations
{
    /// <summary>Adds <c>ingestDocument</c> to <paramref name="mutation"/>.</summary>
    public static void AddIngestionFields(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<IngestDocumentPayloadType>("ingestDocument")
            .Description(
                "Adds a document to the graph, or replaces the facts of the document with the same file name. The "
                + "document is kept on disk before the answer, so it survives a restart. Ingesting the same text again "
                + "changes nothing. Bad input is answered in `errors` and changes nothing.")
            .Argument<NonNullGraphType<IngestDocumentInputType>>("input", "The document's file name and text.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<IngestDocumentInput>("input");
                var ingestor = context.RequestServices!.GetRequiredService<DocumentIngestor>();
                return await ingestor.IngestTextAsync(input.FileName, input.Text, context.CancellationToken);
            });
    }
}
