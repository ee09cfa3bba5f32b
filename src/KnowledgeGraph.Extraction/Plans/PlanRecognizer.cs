using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Plans;

/// <summary>
/// Plans: a paragraph that is nothing but a title ending with 实施方案 (no prose punctuation, no 《》 quote, not a
/// heading) starts a plan, which runs to the next plan title or the end of the document. Lines before the issue
/// date belong to the notice, so a plan can only start after it when the document has one. A plan named in a
/// sentence (…印发《凉山州学前教育高质量发展实施方案》…) is not a plan title. A title written again (a table of
/// contents before the bodies, a page header, a plan restated) goes on with the same plan: one plan per title, at its
/// first line, whose body is the paragraphs after each of its title lines.
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
        var titleLines = paragraphs.Where(p => p.Span.Start >= firstBodyStart && IsTitle(p.Text)).ToList();

        // The id is made of the title, so a title written twice must be one plan, or the document would hold two
        // nodes with one id.
        var plans = new List<(string Title, Paragraph TitleLine, List<Paragraph> Body)>();
        var planByTitle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < titleLines.Count; i++)
        {
            var title = ChineseText.RemoveWhitespace(titleLines[i].Text);
            if (!planByTitle.TryGetValue(title, out var plan))
            {
                plan = plans.Count;
                planByTitle.Add(title, plan);
                plans.Add((title, titleLines[i], []));
            }

            var bodyEnd = i + 1 < titleLines.Count ? titleLines[i + 1].Index : paragraphs.Count;
            for (var index = titleLines[i].Index + 1; index < bodyEnd; index++)
            {
                plans[plan].Body.Add(paragraphs[index]);
            }
        }

        for (var i = 0; i < plans.Count; i++)
        {
            var (title, titleLine, body) = plans[i];
            context.Plans.Add(new PlanEntity(NodeIds.Plan(context.DocumentId, title), title, i + 1, titleLine, body));
        }
    }

    private bool IsTitle(string text) =>
        text.Length <= _options.MaxTitleLength
        && _options.TitleSuffixes.Any(suffix => text.EndsWith(suffix, StringComparison.Ordinal))
        && !ChineseText.HasProsePunctuation(text)
        && !text.Contains('《', StringComparison.Ordinal)
        && !BlockMarkers.StartsBlock(text);
}
