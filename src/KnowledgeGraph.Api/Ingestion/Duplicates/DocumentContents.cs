namespace KnowledgeGraph.Api.Ingestion.Duplicates;

/// <summary>
/// Which document holds which text, by the SHA-256 of its UTF-8 (<see cref="Archive.DocumentChecksum.OfText"/>), for
/// every document served: the same text under a second file name would count every plan, measure and fund twice.
/// Filled by start-up, kept current by ingestion; thread-safe.
/// </summary>
public sealed class DocumentContents
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _fileNameByChecksum = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _checksumByFileName = new(StringComparer.Ordinal);

    /// <summary>The file name of another document that holds the text of <paramref name="checksum"/>, or null.</summary>
    public string? OtherHolder(string checksum, string fileName)
    {
        lock (_lock)
        {
            return _fileNameByChecksum.TryGetValue(checksum, out var holder) && holder != fileName ? holder : null;
        }
    }

    /// <summary>Records that <paramref name="fileName"/> now holds the text of <paramref name="checksum"/>, and no longer its previous one.</summary>
    public void Record(string fileName, string checksum)
    {
        lock (_lock)
        {
            // Seeds are never refused, so two of them may share a text: the first keeps it when the second is revised.
            if (_checksumByFileName.Remove(fileName, out var previous) && _fileNameByChecksum[previous] == fileName)
            {
                _fileNameByChecksum.Remove(previous);
            }

            _checksumByFileName[fileName] = checksum;
            _fileNameByChecksum.TryAdd(checksum, fileName);
        }
    }

    /// <summary>Forgets every document, before the corpus is loaded again.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _fileNameByChecksum.Clear();
            _checksumByFileName.Clear();
        }
    }
}
