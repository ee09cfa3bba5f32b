using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Units.Pages;

/// <summary>
/// The responsibility bracket that names a unit, quoted from its measure's text: the evidence of a responsibility is
/// the unit's name inside the bracket, and a reader wants the whole bracket (〔责任单位：州教育体育局，州财政局…〕).
/// </summary>
internal static class ResponsibilityQuote
{
    // The closing brackets the responsibility recogniser accepts: PDF text mixes their shapes (〔…】).
    private static readonly char[] Closers = ['〕', '】', ']', '）', ')'];

    /// <summary>
    /// From the last opening of a responsibility list (the recogniser's own pattern) before the unit's name to the last
    /// closing bracket of that paragraph; the unit's name alone when the bracket is not in the measure's text (a
    /// section heading's bracket covers the measure).
    /// </summary>
    public static string Of(Measure measure, Evidence? unitEvidence)
    {
        if (unitEvidence is null)
        {
            return "";
        }

        if (measure.Evidence is not { } measureEvidence
            || unitEvidence.DocumentId != measureEvidence.DocumentId
            || unitEvidence.Offset < measureEvidence.Offset
            || unitEvidence.Offset + unitEvidence.Length > measureEvidence.Offset + measure.Text.Length)
        {
            return unitEvidence.Snippet;
        }

        var text = measure.Text;
        var at = unitEvidence.Offset - measureEvidence.Offset;
        var paragraphStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var paragraphEnd = text.IndexOf('\n', at) is var lineBreak and >= 0 ? lineBreak : text.Length;
        var openings = ExtractionVocabulary.Default.ResponsibilityLabels.Opening.Matches(text[paragraphStart..at]);
        if (openings.Count == 0)
        {
            return unitEvidence.Snippet;
        }

        var start = paragraphStart + openings[^1].Index;
        var close = text.LastIndexOfAny(Closers, paragraphEnd - 1, paragraphEnd - at);
        return text[start..(close < 0 ? paragraphEnd : close + 1)].Trim();
    }
}
