using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Corpus;

/// <summary>A kept document that failed verification at start-up and was moved out of the data directory's documents.</summary>
/// <param name="FileName">The document's file name.</param>
/// <param name="Reason">The first check it failed.</param>
/// <param name="Folder">Where it was moved, with its checksum file.</param>
public sealed record SetAsideDocument(string FileName, IngestionError Reason, string Folder);
