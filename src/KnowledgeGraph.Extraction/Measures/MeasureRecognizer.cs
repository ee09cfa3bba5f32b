using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Plans;
using KnowledgeGraph.Extraction.Responsibility;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>
/// Measures: the numbered items of a plan that carry a responsibility, at whatever level they are numbered (一、
/// （一） 1. （1） ①). A plan's body is read as a tree of numbered blocks; a block carries a responsibility when its
/// own text (before its first deeper block) opens a responsibility list. A block holding one that carries its own
/// is a section; a heading whose bracket follows its title holds the bracket for every item under it; a plan that
/// names no responsibility keeps its 1. items. The rules, with examples of what must not match, are in
/// <c>Specs/MeasureRecognizer.md</c>. Its deadline is read by <see cref="MeasureDeadline"/>. The rows of a task table
/// that names who is responsible (<see cref="TaskTableReader"/>) are measures too, after the numbered blocks: keyed by
/// their 序号, titled by the 重点任务 cell or the first clause of the 具体措施 cell, due by the 完成时限 cell.
/// </summary>
/// <remarks>
/// Ids: the key is the number when a plan numbers its measures straight through. A plan that restarts numbering
/// (the same number under two headings) qualifies every key by the position of the blocks around it, because its
/// headings can repeat too (two 三、): <c>3.2-1</c> is measure 1 in the 2nd block of its level inside the plan's 3rd
/// chapter (its 2nd （二）), <c>4-1</c> measure 1 directly under the 4th chapter.
/// </remarks>
/// <param name="forms">Where a text names who is responsible.</param>
/// <param name="supportSections">
/// Words of the top headings whose items are measures only where they name who is responsible (保障措施, 工作要求).
/// </param>
/// <param name="tables">Reads task tables.</param>
public sealed class MeasureRecognizer(ResponsibilityForms forms, IReadOnlyList<string> supportSections, TaskTableReader tables) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Plans];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Measures];

    private readonly ResponsibilityForms _forms = forms;
    private readonly IReadOnlyList<string> _supportSections = supportSections;
    private readonly TaskTableReader _tables = tables;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var plan in context.Plans)
        {
            var blocks = Parse(plan);
            var measures = WithoutRestatements(SelectMeasures(blocks));
            var restarts = measures.Where((m, i) => i > 0 && m.Marker.Number <= measures[i - 1].Marker.Number).Any();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < measures.Count; i++)
            {
                var block = measures[i];
                var number = block.Marker.Number.ToString(CultureInfo.InvariantCulture);
                var key = restarts && block.Path.Length > 0 ? $"{block.Path}-{number}" : number;

                // Two items with the same number under the same heading would still clash; the ordinal keeps ids unique.
                if (!keys.Add(key))
                {
                    key = $"{key}@{(i + 1).ToString(CultureInfo.InvariantCulture)}";
                    keys.Add(key);
                }

                var span = SourceSpan.FromBounds(block.Start, block.End);
                var text = context.Text.Slice(span);
                context.Measures.Add(new MeasureEntity(
                    NodeIds.Measure(plan.Id, key),
                    plan.Id,
                    key,
                    block.Marker.Number,
                    block.Marker.Written,
                    i + 1,
                    block.Title,
                    block.Parent?.Heading,
                    span,
                    text,
                    block.Carries ? null : block.Ancestors().FirstOrDefault(a => a.Covers)?.HeadingSpan,
                    MeasureDeadline.Find(text)?.Value));
            }

            var ordinal = measures.Count;
            foreach (var row in _tables.Read(plan.Body))
            {
                ordinal++;
                var key = row.Number.ToString(CultureInfo.InvariantCulture);
                if (!keys.Add(key))
                {
                    key = $"{key}@{ordinal.ToString(CultureInfo.InvariantCulture)}";
                    keys.Add(key);
                }

                context.Measures.Add(new MeasureEntity(
                    NodeIds.Measure(plan.Id, key),
                    plan.Id,
                    key,
                    row.Number,
                    key,
                    ordinal,
                    RowTitle(row),
                    null,
                    row.Span,
                    context.Text.Slice(row.Span),
                    null,
                    row.Cell(TaskTableColumnKind.Deadline)?.Text,
                    row));
            }
        }
    }

    // The 重点任务 cell, else the first clause of the 具体措施 cell.
    private static string RowTitle(TaskTableRow row)
    {
        if (row.Cell(TaskTableColumnKind.Title) is { } title)
        {
            return title.Text;
        }

        var content = row.Cell(TaskTableColumnKind.Content)?.Text ?? string.Empty;
        var end = content.IndexOfAny(['，', '；', '。', ',', ';']);
        return end < 0 ? content : content[..end];
    }

    // The numbered blocks of a plan's body, in document order, each with its parent, its end and whether its own
    // text carries a responsibility.
    private List<Block> Parse(PlanEntity plan)
    {
        var blocks = new List<Block>();
        var open = new Stack<Block>();
        var outermostCounts = new Dictionary<BlockLevel, int>();
        Paragraph? previous = null;
        var continues = false;
        foreach (var paragraph in plan.Body)
        {
            // A paragraph of another plan came between: the open blocks keep their headings but take no more text.
            if (previous is not null && paragraph.Index != previous.Index + 1)
            {
                continues = false;
                foreach (var block in open)
                {
                    block.Ended = true;
                }
            }

            previous = paragraph;
            if (BlockMarkers.TryMatch(paragraph.Text, out var marker))
            {
                while (open.Count > 0 && open.Peek().Marker.Level >= marker.Level)
                {
                    open.Pop();
                }

                var parent = open.Count > 0 ? open.Peek() : null;
                var counts = parent?.ChildCounts ?? outermostCounts;
                counts[marker.Level] = counts.GetValueOrDefault(marker.Level) + 1;
                var opening = _forms.Find(paragraph.Text[marker.Length..]);
                var block = new Block(marker, parent, counts[marker.Level], paragraph, UpToFirstStop(paragraph.Text[marker.Length..], opening), UpToFirstStop(paragraph.Text, opening, marker.Length));
                parent?.Children.Add(block);
                block.Carries = opening is not null;

                // A heading and its bracket, with no sentence before it, names who is responsible for its section.
                block.IsHeadingWithBracket = opening is { Bracketed: true } && paragraph.Text.IndexOf('。', marker.Length, opening.Index) < 0;
                blocks.Add(block);
                open.Push(block);
                ExtendTo(open, paragraph);
                continues = true;
            }
            else if (continues && open.Count > 0)
            {
                var deepest = open.Peek();
                if (deepest.Children.Count == 0)
                {
                    deepest.Carries |= _forms.Find(paragraph.Text) is not null;
                }

                ExtendTo(open, paragraph);
            }
        }

        return blocks;
    }

    // A block ends with the last paragraph of the deepest block inside it, unless another plan came between.
    private static void ExtendTo(Stack<Block> open, Paragraph paragraph)
    {
        foreach (var block in open.Where(b => !b.Ended))
        {
            block.End = paragraph.Span.End;
        }
    }

    private List<Block> SelectMeasures(List<Block> blocks)
    {
        // A heading whose bracket covers its items is a section; its items are the measures.
        bool CarriesItsOwn(Block block) => block.Carries && !block.Covers;

        var levels = blocks.Where(CarriesItsOwn).Select(b => b.Marker.Level).ToHashSet();
        var namesResponsibility = levels.Count > 0;
        if (levels.Count == 0)
        {
            levels.Add(BlockLevel.Item);
        }

        // In a plan that names who is responsible, an item of 三、保障措施 that names no one is how the plan is
        // carried out, not a measure.
        bool InSupportSection(Block block) =>
            namesResponsibility && (block.Ancestors().LastOrDefault() ?? block).Heading is var heading && _supportSections.Any(word => heading.Contains(word, StringComparison.Ordinal));

        // A block holding one that carries a responsibility is a section, whatever it carries itself.
        bool Qualifies(Block block) =>
            (CarriesItsOwn(block) || (levels.Contains(block.Marker.Level) && !InSupportSection(block)) || block.Ancestors().Any(a => a.Covers))
            && !block.Covers
            && !block.Descendants().Any(CarriesItsOwn);

        return [.. blocks.Where(b => Qualifies(b) && !b.Ancestors().Any(Qualifies))];
    }

    private static List<Block> WithoutRestatements(List<Block> measures)
    {
        var stated = new HashSet<(int Number, string Title, string? Section)>();
        return [.. measures.Where(m => stated.Add((m.Marker.Number, m.Title, m.Parent?.Heading)))];
    }

    // A title or heading ends at the first 。 (a heading that runs on into prose) or where the text names who is
    // responsible (`opening`, found `shift` characters into `text`).
    private static string UpToFirstStop(string text, ResponsibilityOpening? opening, int shift = 0)
    {
        var end = text.IndexOf('。', StringComparison.Ordinal);
        if (opening is not null && (end < 0 || opening.Index + shift < end))
        {
            end = opening.Index + shift;
        }

        return (end < 0 ? text : text[..end]).Trim();
    }

    private sealed class Block(BlockMarker marker, Block? parent, int position, Paragraph paragraph, string title, string heading)
    {
        public BlockMarker Marker { get; } = marker;

        public Block? Parent { get; } = parent;

        public string Title { get; } = title;

        public string Heading { get; } = heading;

        public int Start { get; } = paragraph.Span.Start;

        public int End { get; set; } = paragraph.Span.End;

        // Another plan's paragraphs came after it: it takes no more text.
        public bool Ended { get; set; }

        public bool Carries { get; set; }

        // Its own paragraph is a heading and a responsibility bracket, with no sentence in between.
        public bool IsHeadingWithBracket { get; set; }

        // A heading with a bracket that holds numbered items: the bracket covers every item.
        public bool Covers => IsHeadingWithBracket && Children.Count > 0;

        public SourceSpan HeadingSpan { get; } = paragraph.Span;

        public List<Block> Children { get; } = [];

        public Dictionary<BlockLevel, int> ChildCounts { get; } = [];

        // Positions of the blocks around this one, outermost first, each among the blocks of its level in its parent.
        public string Path => string.Join('.', Ancestors().Reverse().Select(a => a.Position.ToString(CultureInfo.InvariantCulture)));

        private int Position { get; } = position;

        public IEnumerable<Block> Ancestors()
        {
            for (var block = Parent; block is not null; block = block.Parent)
            {
                yield return block;
            }
        }

        public IEnumerable<Block> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
    }
}
