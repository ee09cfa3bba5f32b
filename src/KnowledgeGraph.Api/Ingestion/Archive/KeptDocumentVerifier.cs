using KnowledgeGraph.Api.Ingestion.Input;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// Reads a kept document back at start-up and verifies it instead of trusting it: its bytes against the checksum
/// recorded when it was kept, then the rules ingestion applies (<see cref="DocumentRules"/>) to its name and to its text,
/// read as strictly valid UTF-8. A document kept by a version that wrote no checksums is migrated, not refused: when it
/// passes the rules its checksum is written now, and from then on it is verified like any other.
/// </summary>
public sealed partial class KeptDocumentVerifier(
    DocumentArchive archive, IOptions<IngestionOptions> options, ILogger<KeptDocumentVerifier> logger)
{
    /// <summary>The text of the document kept as <paramref name="fileName"/>, or the first check it fails.</summary>
    public async Task<VerifiedText> VerifyAsync(string fileName, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxDocumentBytes;
        var file = await DocumentFileBytes.ReadAsync(Path.Combine(archive.Folder, fileName), maxBytes, cancellationToken);
        if (file.Error is { } tooLarge)
        {
            return new VerifiedText(null, tooLarge);
        }

        var checksumFile = await archive.ReadChecksumFileAsync(fileName, cancellationToken);
        var actual = DocumentChecksum.Of(file.Bytes);
        if (checksumFile is not null && DocumentChecksum.Read(checksumFile) is var recorded && recorded != actual)
        {
            return new VerifiedText(null, new ChecksumMismatchError(recorded, actual));
        }

        var decoded = DocumentDecoder.DecodeUtf8(file.Bytes);
        if ((decoded.Error ?? DocumentRules.Check(fileName, decoded.Text!, maxBytes)) is { } invalid)
        {
            return new VerifiedText(null, invalid);
        }

        if (checksumFile is null)
        {
            await archive.KeepChecksumAsync(fileName, file.Bytes, cancellationToken);
            LogMigrated(fileName);
        }

        return new VerifiedText(decoded.Text, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the checksum of {FileName}, kept by a version that wrote none; it is verified from now on")]
    private partial void LogMigrated(string fileName);
}
