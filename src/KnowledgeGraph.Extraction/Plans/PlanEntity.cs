using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Plans;

/// <summary>A plan of the document (实施方案, 行动计划, 工作要点 …): its title line and the paragraphs of its body.</summary>
/// <param name="Id">Node id, <c>plan:&lt;document&gt;/&lt;title&gt;</c>.</param>
/// <param name="Title">The plan's title, such as 凉山州学前教育高质量发展实施方案.</param>
/// <param name="Ordinal">1-based position in the document, by the title's first line.</param>
/// <param name="TitleParagraph">The paragraph holding the title (its first line, when the title is written again).</param>
/// <param name="Body">
/// The paragraphs after the title up to the next plan title or the end of the document; after each of its lines, in
/// document order, when the title is written again, so the body may skip other plans' paragraphs.
/// </param>
public sealed record PlanEntity(string Id, string Title, int Ordinal, Paragraph TitleParagraph, IReadOnlyList<Paragraph> Body)
{
    /// <summary>The plan node.</summary>
    public NodeRecord ToNode(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var properties = context.NodeProperties(Title, [], TitleParagraph.Span);
        properties[PropertyNames.Title] = Title;
        properties[PropertyNames.Ordinal] = (long)Ordinal;
        return new NodeRecord(Id, NodeLabels.Plan, properties);
    }
}
