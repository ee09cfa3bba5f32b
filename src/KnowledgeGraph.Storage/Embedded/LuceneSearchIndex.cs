using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// The embedded store's full-text index: one Lucene document per node, a field per <see cref="SearchFields"/>
/// property, analysed by <see cref="CjkAnalysis"/> and scored by BM25, as Neo4j's full-text index is. Built once from
/// a whole snapshot, then kept up to date by each write, which replaces or deletes the documents of the nodes it changed
/// and reopens a near-real-time reader: a write costs its nodes, and the first search after it costs nothing more.
/// Each <see cref="LuceneSearchView"/> it hands out stays a view of the index as it was, so a reader holding an older
/// snapshot searches that snapshot's nodes. Not thread-safe: the store updates it under its write lock.
/// </summary>
internal sealed class LuceneSearchIndex : IDisposable
{
    private readonly IndexWriter _writer;
    private DirectoryReader _reader;

    private LuceneSearchIndex(IndexWriter writer)
    {
        _writer = writer;
        _reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        View = new LuceneSearchView(_reader);
    }

    /// <summary>The index as of the last build or update.</summary>
    public LuceneSearchView View { get; private set; }

    // Everything lives in memory: views no longer read are left to the garbage collector, as Lucene's files are arrays.
    public static LuceneSearchIndex Build(IEnumerable<NodeRecord> nodes)
    {
        var config = new IndexWriterConfig(CjkAnalysis.Version, CjkAnalysis.CreateAnalyzer()) { Similarity = new BM25Similarity() };
        var writer = new IndexWriter(new RAMDirectory(), config);
        foreach (var node in nodes)
        {
            writer.AddDocument(ToDocument(node));
        }

        return new LuceneSearchIndex(writer);
    }

    /// <summary>Replaces the documents of the changed nodes, deletes those of the removed ones, and returns the new view.</summary>
    public LuceneSearchView Update(NodeChanges changes)
    {
        foreach (var node in changes.Changed)
        {
            _writer.UpdateDocument(new Term(LuceneSearchView.IdField, node.Id), ToDocument(node));
        }

        foreach (var id in changes.Removed)
        {
            _writer.DeleteDocuments(new Term(LuceneSearchView.IdField, id));
        }

        if (DirectoryReader.OpenIfChanged(_reader, _writer, applyAllDeletes: true) is { } reopened)
        {
            _reader = reopened;
            View = new LuceneSearchView(reopened);
        }

        return View;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private static Document ToDocument(NodeRecord node)
    {
        var document = new Document
        {
            new StringField(LuceneSearchView.IdField, node.Id, Field.Store.YES),
            new StringField(LuceneSearchView.LabelField, node.Label, Field.Store.NO),
        };
        foreach (var (property, text) in SearchFields.TextsOf(node))
        {
            document.Add(new TextField(property, text, Field.Store.NO));
        }

        return document;
    }
}
