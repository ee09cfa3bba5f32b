using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>A score with the items behind its misses, to print.</summary>
/// <param name="Score">The counts.</param>
/// <param name="Missed">Wanted items nothing found matches.</param>
/// <param name="Spurious">Found items that match nothing wanted.</param>
public sealed record ScoredComparison<T>(Score Score, IReadOnlyList<T> Missed, IReadOnlyList<T> Spurious)
{
    /// <summary>
    /// Appends one line of counts headed by <paramref name="heading"/>, then every missed and spurious item below it,
    /// each line starting with <paramref name="indent"/>.
    /// </summary>
    public void AppendTo(StringBuilder report, string heading, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{indent}{heading,-38} correct {Score.Correct,4}  spurious {Score.Spurious,3}  missed {Score.Missed,3}  precision {Score.Precision:0.000}  recall {Score.Recall:0.000}"));
        foreach (var missed in Missed)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{indent}  missed   {missed}");
        }

        foreach (var spurious in Spurious)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{indent}  spurious {spurious}");
        }
    }
}
