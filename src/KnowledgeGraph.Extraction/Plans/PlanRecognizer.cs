using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Plans;

/// <summary>
/// Plans, found by their structure whatever their genre: a paragraph that is nothing but a title ending with a genre
/// word (实施方案, 行动计划, 工作要点 …; a period in parentheses may follow: 三年行动计划（2024—2026年）) — no prose
/// punctuation, no 《》 quote, not a heading — starts a plan when a numbered block (一、 （一） 1. …) follows it, and the
/// plan runs to the next plan title or the end of the document. In a covering notice, lines before the issue date
/// belong to the notice, so a plan can only start after it; a document that is itself a plan (its title, or its first
/// paragraph when it has no 关于 title, is a plan title) has no notice, and its plan starts at its title. A plan named
/// in a sentence (…印发《凉山州学前教育高质量发展实施方案》…) is not a plan title. A title written again (a table of
/// contents before the bodies, a page header, a plan restated) goes on with the same plan: one plan per title, at its
/// first line, whose body is the paragraphs after each of its title lines.
/// </summary>
/// <param name="options">Title endings and length.</param>
public sealed partial class PlanRecognizer(PlanRecognizerOptions options) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.DocumentTitle, ExtractionFact.IssueDate];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Plans];

    private readonly PlanRecognizerOptions _options = options;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paragraphs = context.Text.Paragraphs;
        var firstBodyStart = IsItselfAPlan(context) ? 0 : context.Header.Date?.Span.End ?? 0;
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

        // A title line with no numbered block after it is a headline, not a plan.
        var ordinal = 0;
        foreach (var (title, titleLine, body) in plans.Where(plan => plan.Body.Any(p => BlockMarkers.StartsBlock(p.Text))))
        {
            context.Plans.Add(new PlanEntity(NodeIds.Plan(context.DocumentId, title), title, ++ordinal, titleLine, body));
        }
    }

    // No covering notice: the document's title is a plan title, or, without a 关于 title, its first paragraph is.
    private bool IsItselfAPlan(ExtractionContext context) =>
        context.Header.Title is { } title
            ? IsTitle(title.Value)
            : context.Text.Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Text)) is { } first && IsTitle(first.Text);

    private bool IsTitle(string text)
    {
        var title = TrailingPeriodRegex().Replace(text.TrimEnd(), string.Empty);
        return text.Length <= _options.MaxTitleLength
            && _options.TitleSuffixes.Any(suffix => title.EndsWith(suffix, StringComparison.Ordinal))
            && !ChineseText.HasProsePunctuation(text)
            && !text.Contains('《', StringComparison.Ordinal)
            && !BlockMarkers.StartsBlock(text);
    }

    // （2024—2026年）, (2023-2025年), （试行） after the genre word.
    [GeneratedRegex(@"[（(](?:[0-9—–\-－~～至年\s]+|试行|修订)[）)]$")]
    private static partial Regex TrailingPeriodRegex();
}
