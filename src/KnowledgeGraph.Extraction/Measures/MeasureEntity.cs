using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Responsibility;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>A measure of a plan: a numbered block that carries a responsibility (see <see cref="MeasureRecognizer"/>).</summary>
/// <param name="Id">Node id, <c>measure:&lt;document&gt;/&lt;plan&gt;/&lt;key&gt;</c>.</param>
/// <param name="PlanId">Id of the plan it belongs to.</param>
/// <param name="Key">The number, qualified by heading position in plans that restart numbering (3.1-1).</param>
/// <param name="Number">The number as written, whatever its numerals (（三） is 3, ② is 2).</param>
/// <param name="NumberAsWritten">The number with its brackets or separator, as written: （三）, 3., ②.</param>
/// <param name="Ordinal">1-based position in the plan.</param>
/// <param name="Title">Text after the number up to the first 。 or the responsibility bracket.</param>
/// <param name="Section">The heading of the block around it: the （…） sub-heading, else the top heading (三、保障措施).</param>
/// <param name="Span">From the number to the end of the measure's last paragraph.</param>
/// <param name="Text">The text of <paramref name="Span"/>, responsibility bracket included.</param>
/// <param name="SectionResponsibility">
/// The heading paragraph of its section when that heading's bracket covers every item of the section
/// ((一)加强组织领导（牵头单位：…）) and the measure names no units of its own; null otherwise.
/// </param>
/// <param name="Deadline">When it is to be done, as written (2025年6月, 2024年12月底前完成, 持续推进); null when not said.</param>
/// <param name="Row">The task table row it was read from, whose columns name who is responsible; null for a numbered block.</param>
public sealed record MeasureEntity(
    string Id,
    string PlanId,
    string Key,
    int Number,
    string NumberAsWritten,
    int Ordinal,
    string Title,
    string? Section,
    SourceSpan Span,
    string Text,
    SourceSpan? SectionResponsibility,
    string? Deadline,
    TaskTableRow? Row = null)
{
    /// <summary>The measure node, with the rule that told its leads when <paramref name="responsibility"/> names its units.</summary>
    public NodeRecord ToNode(ExtractionContext context, ResponsibilityBracket? responsibility)
    {
        ArgumentNullException.ThrowIfNull(context);
        var properties = context.NodeProperties(Title, [], Span);
        properties[PropertyNames.Title] = Title;
        properties[PropertyNames.Number] = (long)Number;
        properties[PropertyNames.NumberAsWritten] = NumberAsWritten;
        properties[PropertyNames.Ordinal] = (long)Ordinal;
        properties[PropertyNames.Text] = Text;
        if (Section is not null)
        {
            properties[PropertyNames.Section] = Section;
        }

        if (Deadline is not null)
        {
            properties[PropertyNames.Deadline] = Deadline;
        }

        if (responsibility is not null)
        {
            properties[PropertyNames.ResponsibilityRule] = responsibility.Rule.ToString();
            properties[PropertyNames.ResponsibilityRuleStatement] = context.Text.Slice(responsibility.RuleSpan);
            properties[PropertyNames.ResponsibilityRuleOffset] = (long)responsibility.RuleSpan.Start;
            properties[PropertyNames.ResponsibilityRuleLength] = (long)responsibility.RuleSpan.Length;
        }

        return new NodeRecord(Id, NodeLabels.Measure, properties);
    }
}
