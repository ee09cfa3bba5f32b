using KnowledgeGraph.Domain.Graph;
using Lucene.Net.Analysis;

namespace KnowledgeGraph.Storage.Search;

/// <summary>
/// Marks where a node's searchable text matches a search: the text is analysed again and every token that is one of
/// the search's terms is marked, overlapping bigrams merged into one span (财政 + 政局 → 财政局). Written by hand
/// because Lucene.Net.Highlighter is not on the package registry we reach; it needs no index, so the Neo4j store
/// (whose full-text index returns no highlights) uses it too.
/// </summary>
public sealed class CjkHighlighter(Analyzer analyzer, string searchText)
{
    private const int ContextBefore = 20;
    private const int FragmentLength = 80;
    private const string Ellipsis = "…";

    private readonly HashSet<string> _terms = CjkAnalysis.Tokens(analyzer, searchText).Select(token => token.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>The field whose text matches the most distinct terms, cut around its first match.</summary>
    public Highlight Highlight(NodeRecord node)
    {
        var best = SearchFields.TextsOf(node)
            .Select(field => (field.Property, field.Text, Matches: Matches(field.Text)))
            .OrderByDescending(field => field.Matches.Distinct.Count)
            .FirstOrDefault();
        return best.Text is null
            ? new Highlight(PropertyNames.Name, string.Empty, [])
            : Fragment(best.Property, best.Text, best.Matches.Spans);
    }

    private (IReadOnlyList<TextSpan> Spans, HashSet<string> Distinct) Matches(string text)
    {
        var spans = new List<TextSpan>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, span) in CjkAnalysis.Tokens(analyzer, text).Where(token => _terms.Contains(token.Term)))
        {
            distinct.Add(term);
            if (spans.Count > 0 && span.Offset <= spans[^1].End)
            {
                var last = spans[^1];
                spans[^1] = new TextSpan(last.Offset, Math.Max(last.End, span.End) - last.Offset);
            }
            else
            {
                spans.Add(span);
            }
        }

        return (spans, distinct);
    }

    private static Highlight Fragment(string property, string text, IReadOnlyList<TextSpan> spans)
    {
        var start = spans.Count > 0 ? Math.Max(0, spans[0].Offset - ContextBefore) : 0;
        var end = Math.Min(text.Length, start + FragmentLength);
        var prefix = start > 0 ? Ellipsis : string.Empty;
        var suffix = end < text.Length ? Ellipsis : string.Empty;
        var shifted = spans
            .Where(span => span.Offset >= start && span.End <= end)
            .Select(span => new TextSpan(span.Offset - start + prefix.Length, span.Length))
            .ToList();
        return new Highlight(property, prefix + text[start..end] + suffix, shifted);
    }
}
