namespace KnowledgeGraph.Extraction;

/// <summary>
/// Reads source documents from disk for command-line use. The pipeline itself does no I/O; callers read with this
/// helper and pass the <see cref="SourceDocument"/> in.
/// </summary>
public static class SourceDocumentFile
{
    /// <summary>Reads one UTF-8 text file as a source document named by its file name.</summary>
    public static SourceDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SourceDocument(Path.GetFileName(path), File.ReadAllText(path, System.Text.Encoding.UTF8));
    }

    /// <summary>Reads every <c>*.txt</c> file of <paramref name="directory"/>, ordered by file name.</summary>
    public static IReadOnlyList<SourceDocument> ReadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return [.. Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(Read)];
    }
}
