using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Plans;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>
/// Measures: inside a plan's body, a paragraph opening with a number (1. / 1． / 1、) starts a measure, which runs
/// until the next heading, numbered paragraph or plan. Paragraphs in between, such as （1）（2） sub-items or a
/// responsibility bracket on its own line, belong to the measure. Its section is the nearest heading: the （一）
/// sub-heading of the current top heading, else the top heading itself (三、保障措施); a heading that goes on in
/// prose (（一）奖励先进。根据…) counts up to its first 。. A measure never runs past a paragraph of another plan (a plan
/// whose title is written again has a body in parts), and a plan restated in full states its measures once: a
/// numbered paragraph with the number, title and section of an earlier one of its plan is that measure again.
/// </summary>
/// <remarks>
/// Ids: the key is the number when a plan numbers its measures straight through. A plan that restarts numbering
/// (the same number under two headings) qualifies every key by heading position, because its headings can repeat
/// too (two 三、): <c>3.2-1</c> is measure 1 under the 2nd sub-heading of the plan's 3rd top heading, <c>4-1</c>
/// measure 1 directly under the 4th top heading.
/// </remarks>
public sealed class MeasureRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var plan in context.Plans)
        {
            var drafts = WithoutRestatements(Segment(plan));
            var restarts = drafts.Where((d, i) => i > 0 && d.Number <= drafts[i - 1].Number).Any();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < drafts.Count; i++)
            {
                var draft = drafts[i];
                var key = restarts
                    ? $"{draft.HeadingPath}-{draft.Number.ToString(CultureInfo.InvariantCulture)}"
                    : draft.Number.ToString(CultureInfo.InvariantCulture);

                // Two items with the same number under the same heading would still clash; the ordinal keeps ids unique.
                if (!keys.Add(key))
                {
                    key = $"{key}@{(i + 1).ToString(CultureInfo.InvariantCulture)}";
                    keys.Add(key);
                }

                var span = SourceSpan.FromBounds(draft.Start, draft.End);
                context.Measures.Add(new MeasureEntity(
                    NodeIds.Measure(plan.Id, key),
                    plan.Id,
                    key,
                    draft.Number,
                    i + 1,
                    draft.Title,
                    draft.Section,
                    span,
                    context.Text.Slice(span)));
            }
        }
    }

    private static List<Draft> Segment(PlanEntity plan)
    {
        var drafts = new List<Draft>();
        Draft? current = null;
        string? top = null;
        string? sub = null;
        var topIndex = 0;
        var subIndex = 0;
        Paragraph? previous = null;
        foreach (var paragraph in plan.Body)
        {
            var text = paragraph.Text;
            if (previous is not null && paragraph.Index != previous.Index + 1)
            {
                current = null;
            }

            previous = paragraph;
            if (BlockMarkers.IsTopHeading(text))
            {
                current = null;
                top = HeadingOf(text);
                sub = null;
                topIndex++;
                subIndex = 0;
            }
            else if (BlockMarkers.IsSubHeading(text))
            {
                current = null;
                sub = HeadingOf(text);
                subIndex++;
            }
            else if (BlockMarkers.TryMatchNumberedItem(text, out var number, out var markerLength))
            {
                var path = subIndex > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{topIndex}.{subIndex}")
                    : topIndex.ToString(CultureInfo.InvariantCulture);
                current = new Draft(number, TitleOf(text[markerLength..]), sub ?? top, path, paragraph.Span.Start, paragraph.Span.End);
                drafts.Add(current);
            }
            else if (current is not null)
            {
                current.End = paragraph.Span.End;
            }
        }

        return drafts;
    }

    private static List<Draft> WithoutRestatements(List<Draft> drafts)
    {
        var stated = new HashSet<(int Number, string Title, string? Section)>();
        return [.. drafts.Where(draft => stated.Add((draft.Number, draft.Title, draft.Section)))];
    }

    // Headings are short; one that runs on into prose is cut at its first 。.
    private static string HeadingOf(string text) => TitleOf(text);

    private static string TitleOf(string text)
    {
        var end = text.IndexOf('。', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    private sealed class Draft(int number, string title, string? section, string headingPath, int start, int end)
    {
        public int Number { get; } = number;

        public string Title { get; } = title;

        public string? Section { get; } = section;

        public string HeadingPath { get; } = headingPath;

        public int Start { get; } = start;

        public int End { get; set; } = end;
    }
}
