using System.Text;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// The document title: the first paragraph that says what it is about (关于…) and is not a sentence (no prose
/// punctuation); without one, a bulletin's masthead: the first paragraph, not a sentence, when its issue number
/// stands right under it (常德市教育工作简报 / 2024年第9期（总第186期）). The title keeps one space where the layout separates joint issuers from each other and from
/// 关于…, but loses the spaces PDF extraction left inside a quoted title 《…》, which never holds one.
/// </summary>
public sealed class DocumentTitleRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.DocumentTitle];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paragraphs = context.Text.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        var title = paragraphs.FirstOrDefault(p => p.Text.Contains("关于", StringComparison.Ordinal) && !ChineseText.HasProsePunctuation(p.Text))
            ?? BulletinMasthead.Name(paragraphs);
        if (title is not null)
        {
            context.Header.Title = new DocumentField(NormalizeTitle(title.Text), title.Span);
        }
    }

    /// <summary>Collapses whitespace runs to one space and drops spaces inside 《…》 (see the class summary).</summary>
    public static string NormalizeTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var quoteDepth = 0;
        foreach (var c in text.Trim())
        {
            if (c == '《')
            {
                quoteDepth++;
            }
            else if (c == '》' && quoteDepth > 0)
            {
                quoteDepth--;
            }

            if (char.IsWhiteSpace(c))
            {
                if (quoteDepth == 0 && builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
