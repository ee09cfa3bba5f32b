using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// A snapshot's full-text index: one Lucene document per node, a field per <see cref="SearchFields"/> property,
/// analysed by <see cref="CjkAnalysis"/> and scored by BM25, as Neo4j's full-text index is. Queries go through the
/// same classic multi-field query parser Neo4j's <c>db.index.fulltext.queryNodes</c> uses, with the user's text
/// escaped, so both stores match the same nodes.
/// </summary>
internal sealed class LuceneSearchIndex
{
    private const string IdField = "@id";
    private const string LabelField = "@label";

    private readonly Analyzer _analyzer;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyDictionary<string, NodeRecord> _nodesById;

    private LuceneSearchIndex(Analyzer analyzer, IndexSearcher searcher, IReadOnlyDictionary<string, NodeRecord> nodesById)
    {
        _analyzer = analyzer;
        _searcher = searcher;
        _nodesById = nodesById;
    }

    // Everything lives in memory and holds no handles, so the index is left to the garbage collector with its snapshot.
    public static LuceneSearchIndex Build(IEnumerable<NodeRecord> nodes)
    {
        var analyzer = CjkAnalysis.CreateAnalyzer();
        var directory = new RAMDirectory();
        var nodesById = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        var config = new IndexWriterConfig(CjkAnalysis.Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var node in nodes)
            {
                nodesById[node.Id] = node;
                writer.AddDocument(ToDocument(node));
            }

            writer.Commit();
        }

        var searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
        return new LuceneSearchIndex(analyzer, searcher, nodesById);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var parser = new MultiFieldQueryParser(CjkAnalysis.Version, [.. SearchFields.Properties], _analyzer);
        var parsed = parser.Parse(LuceneQueryText.Literal(query.Text));
        var top = _searcher.Search(parsed, LabelFilter(query.Labels), Math.Max(1, query.MaxHits));
        var highlighter = new CjkHighlighter(_analyzer, query.Text);
        return top.ScoreDocs
            .Select(hit => (Node: _nodesById[_searcher.Doc(hit.Doc).Get(IdField, System.Globalization.CultureInfo.InvariantCulture)], hit.Score))
            .Select(hit => new SearchHit(hit.Node, hit.Score, highlighter.Highlight(hit.Node)))
            .Take(query.MaxHits)
            .ToList();
    }

    private static Document ToDocument(NodeRecord node)
    {
        var document = new Document
        {
            new StringField(IdField, node.Id, Field.Store.YES),
            new StringField(LabelField, node.Label, Field.Store.NO),
        };
        foreach (var (property, text) in SearchFields.TextsOf(node))
        {
            document.Add(new TextField(property, text, Field.Store.NO));
        }

        return document;
    }

    private static QueryWrapperFilter? LabelFilter(IReadOnlyCollection<string> labels)
    {
        if (labels.Count == 0)
        {
            return null;
        }

        var anyLabel = new BooleanQuery();
        foreach (var label in labels)
        {
            anyLabel.Add(new TermQuery(new Term(LabelField, label)), Occur.SHOULD);
        }

        return new QueryWrapperFilter(anyLabel);
    }
}
