using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>
/// The checks every document passes, whether it arrives through ingestion or is read back from the data directory at
/// start-up: its file name (<see cref="DocumentFileName"/>), then its text (<see cref="DocumentTextCheck"/>). One place,
/// so that a kept document is held to exactly the rules that let it in.
/// </summary>
public static class DocumentRules
{
    /// <summary>Null when the document may be ingested or loaded, otherwise the first thing wrong with it.</summary>
    public static IngestionError? Check(string fileName, string text, long maxBytes) =>
        (IngestionError?)DocumentFileName.Check(fileName) ?? DocumentTextCheck.Check(text, maxBytes);
}
