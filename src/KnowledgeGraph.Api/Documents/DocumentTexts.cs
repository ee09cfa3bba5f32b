using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Ingestion.Archive;
using KnowledgeGraph.Api.Ingestion.Input;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Documents;

/// <summary>
/// A document's normalised text, the text that evidence offsets index. The store keeps no texts, so this reads the
/// document where the corpus loader read it (a document kept by ingestion, else the seed of that file name) and
/// normalises it with the extraction pipeline's normaliser; a document is read on each request, so a re-ingested one
/// is never shown stale.
/// </summary>
internal sealed class DocumentTexts(ExtractionPipeline pipeline, DocumentArchive archive, IOptions<CorpusOptions> corpus)
{
    /// <summary>The normalised text of the document ingested as <paramref name="fileName"/>; null when no file holds it.</summary>
    public async Task<string?> ReadAsync(string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        // A stored file name is a bare name; never let one reach outside the two folders.
        if (Path.GetFileName(fileName) != fileName)
        {
            return null;
        }

        if (await archive.ReadAsync(fileName, cancellationToken) is { } kept)
        {
            return DocumentDecoder.DecodeUtf8(kept).Text is { } text ? pipeline.Normalize(text).Text : null;
        }

        var seed = Path.Combine(Path.GetFullPath(corpus.Value.DocumentsPath), fileName);
        return File.Exists(seed) ? pipeline.Normalize(await File.ReadAllTextAsync(seed, cancellationToken)).Text : null;
    }
}
