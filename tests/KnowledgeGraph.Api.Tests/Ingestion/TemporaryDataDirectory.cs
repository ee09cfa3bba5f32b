namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>A data directory of its own for a test, deleted afterwards.</summary>
public sealed class TemporaryDataDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-data-" + Guid.NewGuid().ToString("N"));

    /// <summary>The file names kept in the directory (temporary files included), in order.</summary>
    public IReadOnlyList<string> FileNames() =>
        Directory.Exists(Path)
            ? [.. Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!]
            : [];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
