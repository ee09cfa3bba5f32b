using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Responsibility;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>
/// Reads the rows of task tables (序号 重点任务 具体措施 牵头单位 责任单位 完成时限) from a plan's paragraphs, as the line
/// joiner leaves them: the header, each row and each wrapped line a paragraph of its own (<see cref="TaskTableLines"/>).
/// A header's cells name its columns by the words of <c>seeds/reference/task-table-columns.csv</c> and the
/// responsibility labels; a table with no responsibility column holds no measures. A row (its number next after the
/// previous row's) fills the columns left to right; a line that is no row is a cell wrapped onto the next line: a
/// piece of it that lists units goes on the last responsibility column of the row, any other piece on the content
/// column (具体措施), else the title column; a piece that finishes a unit name cut at a responsibility column's end
/// (市人力资源 | 社会保障局), or lists units after one ending with 、, goes on that column. A repeated header (after a page break) starts the columns again;
/// a block marker, a signature (a line, then a line that is only a date) or the colophon (…2024年3月1日印发) ends the
/// table.
/// </summary>
/// <param name="labels">The responsibility labels, which name the responsibility columns.</param>
/// <param name="columnWords">The other column names and what they hold.</param>
/// <param name="units">Tells a wrapped list of units from wrapped text.</param>
public sealed partial class TaskTableReader(
    ResponsibilityLabels labels, IReadOnlyDictionary<string, TaskTableColumnKind> columnWords, UnitListReader units)
{
    private readonly ResponsibilityLabels _labels = labels;
    private readonly IReadOnlyDictionary<string, TaskTableColumnKind> _columnWords = columnWords;
    private readonly UnitListReader _units = units;

    /// <summary>The rows of every task table among <paramref name="paragraphs"/> that has a responsibility column, in order.</summary>
    public IReadOnlyList<TaskTableRow> Read(IEnumerable<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var rows = new List<TaskTableRow>();
        IReadOnlyList<TaskTableColumn>? columns = null;
        RowBuilder? row = null;
        int? lastNumber = null;

        void Finish()
        {
            if (row is not null)
            {
                rows.Add(row.Build());
                row = null;
            }
        }

        var lines = paragraphs.ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = lines[i];
            var text = paragraph.Text;
            if (TaskTableLines.IsHeader(text))
            {
                Finish();
                columns = Columns(paragraph);
                continue;
            }

            if (columns is null)
            {
                continue;
            }

            if (BlockMarkers.StartsBlock(text) || IsSignature(lines, i))
            {
                Finish();
                columns = null;
                lastNumber = null;
            }
            else if (TaskTableLines.IsRow(text) && RowNumber(text) is var number && (lastNumber is not { } last || number == last + 1 || number == 1))
            {
                // A number out of sequence (a figure at the head of a wrapped line) is wrapped text.
                Finish();
                row = new RowBuilder(number, paragraph, columns);
                lastNumber = number;
            }
            else
            {
                row?.Wrap(paragraph, IsUnitList, _units.CutNameAtEnd);
            }
        }

        Finish();
        return rows;
    }

    // A signature under the table (东河市教育局, then 2024年3月1日) ends it: the date line, and the one-cell line
    // right before it, are no wrapped cells; so does the colophon (东河市教育局办公室  2024年3月1日印发).
    private static bool IsSignature(List<Paragraph> lines, int index) =>
        IssueDateRecognizer.IsDateLine(lines[index].Text)
        || ColophonRegex().IsMatch(lines[index].Text)
        || (index + 1 < lines.Count && IssueDateRecognizer.IsDateLine(lines[index + 1].Text) && TaskTableLines.Cells(lines[index].Text).Count() == 1);

    [GeneratedRegex(@"(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\S{1,3}月\S{1,3}日\s*印发$")]
    private static partial Regex ColophonRegex();

    private static int RowNumber(string text)
    {
        var (_, end) = TaskTableLines.Cells(text).First();
        return int.Parse(text.AsSpan(0, end), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    // The columns a header names, or null when none names who is responsible.
    private List<TaskTableColumn>? Columns(Paragraph header)
    {
        var columns = new List<TaskTableColumn>();
        foreach (var (start, end) in TaskTableLines.Cells(header.Text))
        {
            var name = header.Text[start..end];
            var span = new SourceSpan(header.Span.Start + start, end - start);
            var label = _labels.All.FirstOrDefault(l => !l.IssuerOffices && l.Label == name);
            columns.Add(label is not null
                ? new TaskTableColumn(name, TaskTableColumnKind.Responsibility, label.Role, span)
                : new TaskTableColumn(name, _columnWords.TryGetValue(name, out var kind) ? kind : TaskTableColumnKind.Other, null, span));
        }

        // 责任单位 beside 牵头单位 is the co-responsible column.
        if (columns.Any(c => c.Role == ResponsibilityRole.Lead))
        {
            columns = [.. columns.Select(c => c.Kind == TaskTableColumnKind.Responsibility && c.Role is null ? c with { Role = ResponsibilityRole.CoResponsible } : c)];
        }

        return columns.Any(c => c.Kind == TaskTableColumnKind.Responsibility) ? columns : null;
    }

    private bool IsUnitList(string text)
    {
        var items = UnitListReader.Split(text, 0, text.Length, UnitListReader.ListSeparators);
        return items.Count > 0 && items.All(item => _units.IsUnitName(text[item.Start..item.End]));
    }

    private sealed class RowBuilder
    {
        private readonly IReadOnlyList<TaskTableColumn> _columns;
        private readonly List<(SourceSpan Span, string Text)>[] _segments;
        private readonly int _start;
        private int _end;

        public RowBuilder(int number, Paragraph paragraph, IReadOnlyList<TaskTableColumn> columns)
        {
            Number = number;
            _columns = columns;
            _segments = [.. columns.Select(_ => new List<(SourceSpan, string)>())];
            _start = paragraph.Span.Start;
            _end = paragraph.Span.End;

            // Cells fill the columns left to right; cells past the last column belong to it.
            var column = 0;
            foreach (var (start, end) in TaskTableLines.Cells(paragraph.Text))
            {
                Add(Math.Min(column++, columns.Count - 1), paragraph, start, end);
            }
        }

        public int Number { get; }

        // A line that is no row: the pieces of cells wrapped onto it. A piece that finishes a unit name a
        // responsibility column was cut in (市人力资源 | 社会保障局, 县发展和改革 | 局), or lists units after one that
        // ends with a separator (市委编办、), goes on that column; another unit list on the last one with text.
        public void Wrap(Paragraph paragraph, Func<string, bool> isUnitList, Func<string, string?> cutNameAtEnd)
        {
            _end = paragraph.Span.End;
            foreach (var (start, end) in TaskTableLines.Cells(paragraph.Text))
            {
                var piece = paragraph.Text[start..end];
                var column = ContinuedList(piece, isUnitList, cutNameAtEnd) is var continued and >= 0 ? continued
                    : isUnitList(piece) ? LastIndex(c => c.Kind == TaskTableColumnKind.Responsibility, filled: true)
                    : LastIndex(c => c.Kind == TaskTableColumnKind.Content, filled: false) is var content and >= 0 ? content : LastIndex(c => c.Kind == TaskTableColumnKind.Title, filled: false);
                if (column >= 0)
                {
                    Add(column, paragraph, start, end);
                }
            }
        }

        public TaskTableRow Build() => new(
            Number,
            SourceSpan.FromBounds(_start, _end),
            [.. _columns.Select((column, i) => new TaskTableCell(column, _segments[i])).Where(cell => cell.Segments.Count > 0)]);

        private void Add(int column, Paragraph paragraph, int start, int end) =>
            _segments[column].Add((new SourceSpan(paragraph.Span.Start + start, end - start), paragraph.Text[start..end]));

        // The last column that matches, preferring one with text in this row when `filled`; -1 when none matches.
        private int LastIndex(Func<TaskTableColumn, bool> matches, bool filled)
        {
            var any = -1;
            for (var i = _columns.Count - 1; i >= 0; i--)
            {
                if (!matches(_columns[i]))
                {
                    continue;
                }

                if (!filled || _segments[i].Count > 0)
                {
                    return i;
                }

                any = any < 0 ? i : any;
            }

            return any;
        }

        // The first responsibility column, left to right, whose text the piece goes on with; -1 when none.
        private int ContinuedList(string piece, Func<string, bool> isUnitList, Func<string, string?> cutNameAtEnd)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (_columns[i].Kind != TaskTableColumnKind.Responsibility || _segments[i].Count == 0)
                {
                    continue;
                }

                var text = _segments[i][^1].Text.TrimEnd();
                if ((cutNameAtEnd(text) is { } cut && isUnitList(cut + piece))
                    || (text.Length > 0 && UnitListReader.ListSeparators.Contains(text[^1]) && isUnitList(piece)))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
