using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace KnowledgeGraph.Storage.Search;

/// <summary>
/// Text analysis as Neo4j's <c>cjk</c> full-text analyzer does it: Lucene's <see cref="CJKAnalyzer"/>, which cuts
/// Chinese into overlapping character bigrams (财政局 → 财政, 政局) and never splits on whitespace alone. Searching
/// and highlighting share it, so every store matches the same way.
/// </summary>
public static class CjkAnalysis
{
    /// <summary>The Lucene version whose analysis rules apply.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A new analyzer; analyzers are thread-safe, so one can serve every search of an index.</summary>
    public static Analyzer CreateAnalyzer() => new CJKAnalyzer(Version);

    /// <summary>The terms (bigrams, or words for non-CJK text) of a text, each with where it was read.</summary>
    public static IReadOnlyList<(string Term, TextSpan Span)> Tokens(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<(string, TextSpan)>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), new TextSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset)));
        }

        stream.End();
        return tokens;
    }
}
