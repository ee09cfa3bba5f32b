using System.Globalization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// Keeps accepted documents as UTF-8 files in the data directory, where start-up finds them, each with its checksum
/// file (<see cref="DocumentChecksum"/>) so start-up can tell a whole document from a damaged one. Every write is
/// atomic and durable: the document and its checksum are written to temporary files in the same folder and flushed to
/// disk, renamed over their targets (the document first), and the folder is flushed too. A process killed at any moment
/// leaves the old document or the new one, never half of one; killed between the two renames, it leaves the new
/// checksum staged, and <see cref="FinishInterruptedWrites"/> puts it in place at the next start. Temporary files end
/// in <see cref="TemporarySuffix"/> and are never loaded. Documents that fail verification at start-up are moved, never
/// deleted, to <see cref="QuarantineFolder"/>.
/// </summary>
public sealed partial class DocumentArchive(IOptions<DocumentArchiveOptions> options, ILogger<DocumentArchive> logger)
{
    /// <summary>The ending of temporary files, which are never documents.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>
    /// The data directory as an absolute path without a trailing separator (<c>/srv/data/</c> is <c>/srv/data</c>), since
    /// a kept file is told from any other by comparing its folder with this one.
    /// </summary>
    public string Folder { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Value.DataDir));

    /// <summary>Where documents that fail verification at start-up are set aside, one subfolder per start.</summary>
    public string QuarantineFolder => Path.Combine(Folder, "quarantine");

    /// <summary>Paths of the kept documents, ordered by file name; none when the folder does not exist yet.</summary>
    public IReadOnlyList<string> KeptFiles() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// Finishes or undoes what a process killed in the middle of a write left: a staged checksum that matches the
    /// document already renamed into place is put in place too (the write had passed its last point of failure);
    /// every other temporary file is deleted, leaving the previous document and checksum.
    /// </summary>
    public void FinishInterruptedWrites()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(Folder, "*" + TemporarySuffix))
        {
            if (StagedFile.TargetOf(leftover) is { } target && MatchesItsDocument(leftover, target))
            {
                File.Move(leftover, target, overwrite: true);
                LogInterruptedWriteFinished(target);
            }
            else
            {
                File.Delete(leftover);
                LogLeftoverRemoved(leftover);
            }
        }

        DirectorySync.Flush(Folder);
    }

    /// <summary>The kept bytes of a document, or null when none is kept under that name.</summary>
    public async Task<byte[]?> ReadAsync(string fileName, CancellationToken cancellationToken = default)
    {
        var path = PathOf(fileName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>
    /// The checksum recorded for a document: null when it has no checksum file (kept by a version that wrote none),
    /// otherwise the checksum file's content, for <see cref="DocumentChecksum.Read"/>.
    /// </summary>
    public async Task<string?> ReadChecksumFileAsync(string fileName, CancellationToken cancellationToken = default)
    {
        var path = PathOf(DocumentChecksum.FileNameOf(fileName));
        return File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
    }

    /// <summary>Writes a document and its checksum atomically and durably, replacing the ones kept under the same name.</summary>
    public async Task KeepAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        using var document = await StagedFile.WriteAsync(PathOf(fileName), content, cancellationToken);
        using var checksum = await StageChecksumAsync(fileName, content, cancellationToken);
        // The document first: were the checksum first, a crash between the two would leave an old document that fails
        // its new checksum, with nothing to finish the write from.
        document.Commit();
        checksum.Commit();
        DirectorySync.Flush(Folder);
    }

    /// <summary>Writes the checksum of a document kept without one, atomically and durably.</summary>
    public async Task KeepChecksumAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        using (var checksum = await StageChecksumAsync(fileName, content, cancellationToken))
        {
            checksum.Commit();
        }

        DirectorySync.Flush(Folder);
    }

    /// <summary>Puts back what <see cref="ReadAsync"/> returned before a <see cref="KeepAsync"/>: those bytes, or no file.</summary>
    public async Task RestoreAsync(string fileName, byte[]? previous)
    {
        if (previous is not null)
        {
            await KeepAsync(fileName, previous);
            return;
        }

        // The document first: a checksum without its document is ignored, a document without its checksum is not.
        File.Delete(PathOf(fileName));
        File.Delete(PathOf(DocumentChecksum.FileNameOf(fileName)));
        DirectorySync.Flush(Folder);
    }

    /// <summary>
    /// Moves a kept document and its checksum file (when it has one) out of the data directory's documents into
    /// <c>quarantine/&lt;start time&gt;/</c>; returns that folder. Nothing is deleted: an operator can inspect, repair
    /// and move the files back.
    /// </summary>
    public string SetAside(string fileName, DateTimeOffset startedAt)
    {
        var destination = Path.Combine(QuarantineFolder, startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(destination);
        foreach (var name in new[] { fileName, DocumentChecksum.FileNameOf(fileName) }.Where(name => File.Exists(PathOf(name))))
        {
            File.Move(PathOf(name), Path.Combine(destination, name));
        }

        DirectorySync.Flush(destination);
        DirectorySync.Flush(Folder);
        return destination;
    }

    private Task<StagedFile> StageChecksumAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        StagedFile.WriteAsync(
            PathOf(DocumentChecksum.FileNameOf(fileName)),
            DocumentChecksum.Line(DocumentChecksum.Of(content.Span), fileName),
            cancellationToken);

    // A staged checksum file whose checksum is that of the document now in place beside it.
    private static bool MatchesItsDocument(string stagedChecksum, string target)
    {
        var document = target.EndsWith(DocumentChecksum.Suffix, StringComparison.Ordinal) ? target[..^DocumentChecksum.Suffix.Length] : null;
        return document is not null && File.Exists(document)
            && DocumentChecksum.Read(File.ReadAllText(stagedChecksum)) == DocumentChecksum.Of(File.ReadAllBytes(document));
    }

    // File names are checked by DocumentFileName before they get here; this guards the folder all the same.
    private string PathOf(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, fileName));
        return Path.GetDirectoryName(path) == Folder
            ? path
            : throw new ArgumentException($"'{fileName}' would be kept outside the data directory.", nameof(fileName));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Path}, a temporary file left by an interrupted ingest")]
    private partial void LogLeftoverRemoved(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Put {Path} in place: an ingest was interrupted after its document was kept and before its checksum was")]
    private partial void LogInterruptedWriteFinished(string path);
}
