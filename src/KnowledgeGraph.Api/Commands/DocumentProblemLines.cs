using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// How <c>ingest</c> and <c>extract</c> report a document's error or warning: one line that starts with the path and
/// the code, so that <c>grep</c> finds it and a script can cut it at the colons.
/// </summary>
internal static class DocumentProblemLines
{
    public static string Error(string path, IngestionError error) => $"error: {path}: {error.Code}: {error.Message}";

    public static string Warning(string path, IngestionWarning warning) => $"warning: {path}: {warning.Code}: {warning.Message}";

    /// <summary>A kept document moved out of the data directory at start-up, named where it now is.</summary>
    public static string SetAside(SetAsideDocument document) =>
        $"set aside: {Path.Combine(document.Folder, document.FileName)}: {document.Reason.Code}: {document.Reason.Message}";
}
