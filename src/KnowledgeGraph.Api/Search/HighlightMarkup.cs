using System.Text;
using KnowledgeGraph.Storage.Search;

namespace KnowledgeGraph.Api.Search;

/// <summary>Renders a highlight as HTML: the matches in <c>&lt;em&gt;</c>, everything else escaped, ready for a page.</summary>
public static class HighlightMarkup
{
    /// <summary>The fragment with each match wrapped in <c>&lt;em&gt;…&lt;/em&gt;</c>.</summary>
    public static string ToHtml(Highlight highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        var html = new StringBuilder();
        var position = 0;
        foreach (var match in highlight.Matches)
        {
            Escape(html, highlight.Fragment[position..match.Offset]);
            html.Append("<em>");
            Escape(html, highlight.Fragment.Substring(match.Offset, match.Length));
            html.Append("</em>");
            position = match.End;
        }

        Escape(html, highlight.Fragment[position..]);
        return html.ToString();
    }

    // Only the characters HTML gives meaning to, so that Chinese text stays as it is.
    private static void Escape(StringBuilder html, string text)
    {
        foreach (var character in text)
        {
            html.Append(character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => character.ToString(),
            });
        }
    }
}
