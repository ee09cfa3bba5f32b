using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion.Extracting;

/// <summary>
/// The batches extracted from documents, kept in <c>extraction-cache/</c> of the data directory so that a restart
/// reads them instead of extracting every document again. An entry is found by the SHA-256 of the extractor's version,
/// the document's file name and its text: a changed document, a renamed one or a changed extractor finds no entry and
/// is extracted again. Entries are written to a temporary file and renamed, and each carries the SHA-256 of its bytes
/// (<see cref="GraphBatchFile"/>), so a torn or damaged entry is ignored (logged) and replaced, never loaded. Nothing
/// here is needed: deleting the folder costs one extraction per document at the next start.
/// </summary>
public sealed partial class ExtractionCache
{
    /// <summary>The cache's folder inside the data directory.</summary>
    public const string FolderName = "extraction-cache";

    private const string EntrySuffix = ".batch";

    // The entries found or kept since start-up (a set: the values mean nothing), which DeleteUnused leaves.
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly string _version;
    private readonly ILogger<ExtractionCache> _logger;

    /// <summary>A cache in the data directory for the extractor of this build (<see cref="ExtractorVersion"/>).</summary>
    public ExtractionCache(IOptions<DocumentArchiveOptions> options, ILogger<ExtractionCache> logger)
        : this(Path.Combine(Path.GetFullPath(options.Value.DataDir), FolderName), ExtractorVersion, logger)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    /// <summary>A cache in <paramref name="folder"/> for batches of the extractor <paramref name="version"/>.</summary>
    public ExtractionCache(string folder, string version, ILogger<ExtractionCache> logger)
    {
        Folder = folder;
        _version = version;
        _logger = logger;
    }

    /// <summary>
    /// The version of the default extractor: the module version ids of the extraction and domain assemblies, which a
    /// deterministic build changes with any change to their code or to the reference data embedded in them.
    /// </summary>
    public static string ExtractorVersion { get; } =
        $"{typeof(ExtractionPipeline).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(GraphBatch).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Where the entries are.</summary>
    public string Folder { get; }

    /// <summary>The batch extracted before from this very document by this extractor, or null.</summary>
    public GraphBatch? Find(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = PathOf(document);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(exception, path, document.FileName);
            return null;
        }

        if (Read(bytes) is { } batch && batch.DocumentId == NodeIds.Document(document.FileName))
        {
            _used.TryAdd(path, true);
            return batch;
        }

        LogDamaged(path, document.FileName);
        return null;
    }

    /// <summary>Keeps the batch of a document; a failure to write is logged and costs only the next start's time.</summary>
    public void Keep(SourceDocument document, GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(batch);
        var path = PathOf(document);
        var temporary = $"{path}.{Guid.NewGuid():N}{DocumentArchive.TemporarySuffix}";
        try
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(temporary, GraphBatchFile.Write(batch));
            File.Move(temporary, path, overwrite: true);
            _used.TryAdd(path, true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            LogNotKept(exception, document.FileName);
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Deletes every entry this process has neither found nor kept, and any temporary file a crash left: called once
    /// the corpus is loaded, it removes the entries of revised, removed or renamed documents and of older extractors,
    /// which would never be found again.
    /// </summary>
    public void DeleteUnused()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Folder).Where(file => !_used.ContainsKey(file)))
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogNotDeleted(exception, file);
            }
        }
    }

    // A file the format does not read whole (torn by a crash, damaged on disk, written by another format) is no entry.
    private static GraphBatch? Read(byte[] bytes)
    {
        try
        {
            return GraphBatchFile.Read(bytes);
        }
        catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            return null;
        }
    }

    private string PathOf(SourceDocument document)
    {
        // Zero characters separate the parts: none can occur in a file name, so no two documents share a key.
        var key = SHA256.HashData(Encoding.UTF8.GetBytes($"{_version}\0{document.FileName}\0{document.Text}"));
        return Path.Combine(Folder, Convert.ToHexStringLower(key) + EntrySuffix);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored the damaged extraction cache entry {Path} of {FileName}; extracting the document again")]
    private partial void LogDamaged(string path, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the extraction cache entry {Path} of {FileName}; extracting the document again")]
    private partial void LogUnreadable(Exception exception, string path, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the extraction cache entry of {FileName}; it is extracted again at the next start")]
    private partial void LogNotKept(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the unused extraction cache entry {Path}")]
    private partial void LogNotDeleted(Exception exception, string path);
}
