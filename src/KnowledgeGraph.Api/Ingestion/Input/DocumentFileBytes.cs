using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>A document file's bytes, or <see cref="DocumentTooLargeError"/> when it is larger than the limit.</summary>
/// <param name="Bytes">The file's content; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the file was not read.</param>
public sealed record DocumentFileBytes(byte[]? Bytes, IngestionError? Error)
{
    /// <summary>
    /// Reads <paramref name="path"/> unless it has more than <paramref name="maxBytes"/> bytes: the size on disk is
    /// checked before reading, so an oversized file never fills memory, whether it is ingested or found kept.
    /// </summary>
    public static async Task<DocumentFileBytes> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        return length > maxBytes
            ? new DocumentFileBytes(null, new DocumentTooLargeError(length, maxBytes))
            : new DocumentFileBytes(await File.ReadAllBytesAsync(path, cancellationToken), null);
    }
}
