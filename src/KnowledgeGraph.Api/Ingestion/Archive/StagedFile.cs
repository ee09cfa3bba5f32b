namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// New content for a file, written beside it under a temporary name and flushed to disk, but not yet in its place:
/// <see cref="Commit"/> renames it over the target in one step. Disposed uncommitted, it deletes itself, so a failed
/// write leaves the target as it was. The folder still needs a flush (<see cref="DirectorySync"/>) to make the rename
/// itself durable.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string _temporary;
    private readonly string _target;
    private bool _committed;

    private StagedFile(string temporary, string target)
    {
        _temporary = temporary;
        _target = target;
    }

    /// <summary>The temporary name of a staged <paramref name="target"/>: hidden, and ending in <see cref="DocumentArchive.TemporarySuffix"/>.</summary>
    public static string TemporaryPathOf(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{DocumentArchive.TemporarySuffix}");

    /// <summary>
    /// The file a staged temporary file was meant to replace, or null when <paramref name="temporary"/> is not one
    /// (the inverse of <see cref="TemporaryPathOf"/>).
    /// </summary>
    public static string? TargetOf(string temporary)
    {
        // ".<name>.<32 hex digits>.tmp"
        const int GuidAndSuffix = 1 + 32 + 4;
        var name = Path.GetFileName(temporary);
        return name.StartsWith('.') && name.EndsWith(DocumentArchive.TemporarySuffix, StringComparison.Ordinal) && name.Length > 1 + GuidAndSuffix
            ? Path.Combine(Path.GetDirectoryName(temporary)!, name[1..^GuidAndSuffix])
            : null;
    }

    /// <summary>Writes <paramref name="content"/> under a temporary name beside <paramref name="target"/> and flushes it to disk.</summary>
    public static async Task<StagedFile> WriteAsync(string target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var staged = new StagedFile(TemporaryPathOf(target), target);
        try
        {
            await using var stream = new FileStream(staged._temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true);
            await stream.WriteAsync(content, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            staged.Dispose();
            throw;
        }

        return staged;
    }

    /// <summary>Renames the staged content over the target.</summary>
    public void Commit()
    {
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_committed)
        {
            File.Delete(_temporary);
        }
    }
}
