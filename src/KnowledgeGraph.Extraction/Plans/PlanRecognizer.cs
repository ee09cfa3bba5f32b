using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Plans;

/// <summary>
/// Plans: a paragraph that is nothing but a title ending with 实施方案 (no prose punctuation, no 《》 quote, not a
/// heading) starts a plan, which runs to the next plan title or the end of the document. Lines before the issue
/// date belong to the notice, so a plan can only start after it when the document has one. A plan named in a
/// sentence (…印发《凉山州学前教育高质量发展实施方案》…) is not a plan title.
/// </summary>
/// <param name="options">Title endings and length; <see cref="PlanRecognizerOptions.Default"/> when null.</param>
public sealed class PlanRecognizer(PlanRecognizerOptions? options = null) : IRecognizer
{
    private readonly PlanRecognizerOptions _options = options ?? PlanRecognizerOptions.Default;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paragraphs = context.Text.Paragraphs;
        var firstBodyStart = context.Header.Date?.Span.End ?? 0;
        var titles = paragraphs.Where(p => p.Span.Start >= firstBodyStart && IsTitle(p.Text)).ToList();
        for (var i = 0; i < titles.Count; i++)
        {
            var bodyStart = titles[i].Index + 1;
            var bodyEnd = i + 1 < titles.Count ? titles[i + 1].Index : paragraphs.Count;
            var title = ChineseText.RemoveWhitespace(titles[i].Text);
            var body = paragraphs.Skip(bodyStart).Take(bodyEnd - bodyStart).ToList();
            context.Plans.Add(new PlanEntity(NodeIds.Plan(context.DocumentId, title), title, i + 1, titles[i], body));
        }
    }

    private bool IsTitle(string text) =>
        text.Length <= _options.MaxTitleLength
        && _options.TitleSuffixes.Any(suffix => text.EndsWith(suffix, StringComparison.Ordinal))
        && !ChineseText.HasProsePunctuation(text)
        && !text.Contains('《', StringComparison.Ordinal)
        && !BlockMarkers.StartsBlock(text);
}
