using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// A kept document's bytes are not those its checksum file recorded when it was kept: the file was truncated, damaged
/// or edited by hand. Found at start-up only (ingestion writes both), so it is no GraphQL error type.
/// </summary>
/// <param name="Recorded">The checksum recorded beside the document; null when the checksum file itself is damaged.</param>
/// <param name="Actual">The checksum of the bytes on disk.</param>
public sealed record ChecksumMismatchError(string? Recorded, string Actual)
    : IngestionError(Recorded is null
        ? "The document's checksum file is damaged, so the document cannot be verified."
        : $"The document's SHA-256 is {Actual}, not the {Recorded} recorded when it was kept: it was truncated, damaged or edited outside ingestion.")
{
    /// <inheritdoc />
    public override string Code => "CHECKSUM_MISMATCH";
}
