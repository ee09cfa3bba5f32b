using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>
/// Reads a document file into text, the one way both <c>ingest</c> and <c>extract</c> read files: a file over the
/// size limit is refused before it is read; the rest is decoded by <see cref="DocumentDecoder"/> (UTF-8, else GB18030).
/// </summary>
public static class DocumentFile
{
    /// <summary>The file's text, or <see cref="DocumentTooLargeError"/> or <see cref="InvalidEncodingError"/>.</summary>
    public static async Task<DecodedText> ReadAsync(FileInfo file, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var read = await DocumentFileBytes.ReadAsync(file.FullName, maxBytes, cancellationToken);
        return read.Error is { } tooLarge
            ? new DecodedText(null, [], tooLarge)
            : DocumentDecoder.Decode(read.Bytes!);
    }
}
