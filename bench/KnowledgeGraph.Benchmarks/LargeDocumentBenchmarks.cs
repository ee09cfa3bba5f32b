using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Extraction of one large document, as <c>ingestDocument</c> runs it (extract, then validate the batch): the seed
/// documents written one after the other until the text reaches <see cref="Megabytes"/> of UTF-8, each copy's plan
/// titles numbered so that every copy holds plans of its own. Linear extraction takes five times as long and
/// allocates five times as much for 10 MB as for 2 MB.
/// </summary>
[MemoryDiagnoser]
public class LargeDocumentBenchmarks
{
    private SourceDocument _document = null!;

    /// <summary>Size of the document's text in MB of UTF-8.</summary>
    [Params(2, 10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void BuildDocument()
    {
        var seeds = SourceDocumentFile.ReadDirectory(RepositoryPaths.SeedDocuments);
        var text = new StringBuilder();
        var bytes = 0L;
        for (var copy = 1; bytes < Megabytes * 1024L * 1024; copy++)
        {
            foreach (var seed in seeds)
            {
                var numbered = NumberedSeeds.NumberPlans(seed.Text, copy);
                text.Append(numbered).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(numbered) + 1;
            }
        }

        _document = new SourceDocument("large.txt", text.ToString());
    }

    [Benchmark]
    public int ExtractAndValidate()
    {
        var batch = ExtractionPipeline.Default.Extract(_document);
        GraphBatchValidator.EnsureValid(batch);
        return batch.Nodes.Count;
    }
}
