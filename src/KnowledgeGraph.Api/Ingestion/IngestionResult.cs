using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>The outcome of ingesting one document: what it changed, or why it was rejected.</summary>
/// <param name="FileName">The document's file name as given.</param>
/// <param name="Document">The document node as stored; null when rejected.</param>
/// <param name="Changes">What the document changed; nothing when rejected.</param>
/// <param name="Errors">Why the document was rejected; empty when it was ingested.</param>
/// <param name="Warnings">Things worth knowing about an ingested document.</param>
public sealed record IngestionResult(
    string FileName,
    NodeRecord? Document,
    GraphChanges Changes,
    IReadOnlyList<IngestionError> Errors,
    IReadOnlyList<IngestionWarning> Warnings)
{
    /// <summary>True when the document was ingested (it may still carry warnings).</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A rejected document.</summary>
    public static IngestionResult Rejected(string fileName, IngestionError error) =>
        new(fileName, null, GraphChanges.None, [error], []);
}
