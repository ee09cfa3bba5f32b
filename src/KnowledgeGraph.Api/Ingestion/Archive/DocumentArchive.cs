using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// Keeps accepted documents as UTF-8 files in the data directory, where start-up finds them. Every write is atomic
/// and durable: a temporary file in the same folder is written and flushed to disk, renamed over the target, and the
/// folder is flushed too, so a process killed at any moment leaves either the old file or the new one, never half of
/// one. Temporary files end in <see cref="TemporarySuffix"/>: start-up never loads them and removes leftovers.
/// </summary>
public sealed partial class DocumentArchive(IOptions<DocumentArchiveOptions> options, ILogger<DocumentArchive> logger)
{
    /// <summary>The ending of temporary files, which are never documents.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>The data directory as an absolute path.</summary>
    public string Folder { get; } = Path.GetFullPath(options.Value.DataDir);

    /// <summary>Paths of the kept documents, ordered by file name; none when the folder does not exist yet.</summary>
    public IReadOnlyList<string> KeptFiles() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Deletes temporary files that a process killed in the middle of a write left behind.</summary>
    public void RemoveLeftovers()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(Folder, "*" + TemporarySuffix))
        {
            File.Delete(leftover);
            LogLeftoverRemoved(leftover);
        }
    }

    /// <summary>The kept bytes of a document, or null when none is kept under that name.</summary>
    public async Task<byte[]?> ReadAsync(string fileName, CancellationToken cancellationToken = default)
    {
        var path = PathOf(fileName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>Writes a document atomically and durably, replacing the one kept under the same name.</summary>
    public async Task KeepAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var target = PathOf(fileName);
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{fileName}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
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

        File.Delete(PathOf(fileName));
        DirectorySync.Flush(Folder);
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
}
