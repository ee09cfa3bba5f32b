using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// The full-text index as one snapshot sees it (a point-in-time reader of <see cref="LuceneSearchIndex"/>). Queries go
/// through the same classic multi-field query parser Neo4j's <c>db.index.fulltext.queryNodes</c> uses, with the user's
/// text escaped, so both stores match the same nodes.
/// </summary>
internal sealed class LuceneSearchView(DirectoryReader reader)
{
    public const string IdField = "@id";
    public const string LabelField = "@label";

    // Analyzers are thread-safe and hold no handles; one per view keeps a view independent of its index.
    private readonly Analyzer _analyzer = CjkAnalysis.CreateAnalyzer();
    private readonly IndexSearcher _searcher = new(reader) { Similarity = new BM25Similarity() };

    /// <summary>The best hits, each resolved to its node in the snapshot this view belongs to.</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query, Func<string, NodeRecord?> nodeOf)
    {
        var parser = new MultiFieldQueryParser(CjkAnalysis.Version, [.. SearchFields.Properties], _analyzer);
        var parsed = parser.Parse(LuceneQueryText.Literal(query.Text));
        var top = _searcher.Search(parsed, LabelFilter(query.Labels), Math.Max(1, query.MaxHits));
        var highlighter = new CjkHighlighter(_analyzer, query.Text);
        return top.ScoreDocs
            .Select(hit => (Node: nodeOf(_searcher.Doc(hit.Doc).Get(IdField, CultureInfo.InvariantCulture))!, hit.Score))
            .Select(hit => new SearchHit(hit.Node, hit.Score, highlighter.Highlight(hit.Node)))
            .Take(query.MaxHits)
            .ToList();
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
