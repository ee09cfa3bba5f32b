using KnowledgeGraph.Extraction.Responsibility;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>What a task table's column holds, read from its header (<c>seeds/reference/task-table-columns.csv</c>).</summary>
public enum TaskTableColumnKind
{
    /// <summary>序号: the row's number.</summary>
    Number,

    /// <summary>重点任务: the measure's title.</summary>
    Title,

    /// <summary>具体措施: what is to be done.</summary>
    Content,

    /// <summary>牵头单位, 责任单位, 配合单位: a responsibility label (<see cref="ResponsibilityLabels"/>).</summary>
    Responsibility,

    /// <summary>完成时限: the deadline.</summary>
    Deadline,

    /// <summary>A column the reader does not use (备注).</summary>
    Other,
}

/// <summary>A column of a task table.</summary>
/// <param name="Header">The header cell as written (牵头单位).</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Role">
/// For a responsibility column, the role of its units: its label's (牵头单位 leads, 配合单位 shares); a role-less label
/// (责任单位) shares beside a lead column and is read by the lead rule where there is none.
/// </param>
/// <param name="Span">The header cell in the normalised text.</param>
public sealed record TaskTableColumn(string Header, TaskTableColumnKind Kind, ResponsibilityRole? Role, SourceSpan Span);

/// <summary>The text of one cell of a row: one segment on the row's line, one more for each line it wrapped onto.</summary>
/// <param name="Column">Its column.</param>
/// <param name="Segments">The pieces of the cell, in order, with their spans in the normalised text.</param>
public sealed record TaskTableCell(TaskTableColumn Column, IReadOnlyList<(SourceSpan Span, string Text)> Segments)
{
    /// <summary>The cell's text, its wrapped pieces joined with nothing in between (Chinese puts no space between words).</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));
}

/// <summary>A row of a task table that names who is responsible: a measure (see <see cref="TaskTableReader"/>).</summary>
/// <param name="Number">The 序号 as written.</param>
/// <param name="Span">From the row's number to the end of its last wrapped line.</param>
/// <param name="Cells">Its non-empty cells, by column.</param>
public sealed record TaskTableRow(int Number, SourceSpan Span, IReadOnlyList<TaskTableCell> Cells)
{
    /// <summary>The cell of the first column of <paramref name="kind"/>, or null.</summary>
    public TaskTableCell? Cell(TaskTableColumnKind kind) => Cells.FirstOrDefault(c => c.Column.Kind == kind);
}
