using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// The labels that open a responsibility bracket (<c>seeds/reference/responsibility-labels.csv</c>), and the opening
/// they make: a bracket of any shape (〔 [ 【 （ (), or the start of a paragraph (the responsibility on its own line
/// after the item), then a label and a colon (： or :). <see cref="ResponsibilityForms"/> tries it first among the
/// forms a responsibility is written in; the responsibility recogniser reads the bracket.
/// </summary>
public sealed class ResponsibilityLabels
{
    /// <summary>The labels, longest first, so that 牵头单位 is tried before a shorter label it starts with.</summary>
    public ResponsibilityLabels(IEnumerable<ResponsibilityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        All = [.. labels.OrderByDescending(l => l.Label.Length)];
        var labelPattern = string.Join('|', All.Where(l => !l.IssuerOffices).Select(l => Regex.Escape(l.Label)));

        // The opening bracket, or none at a paragraph's start; the label stays in the list, which the responsibility
        // recogniser reads. The issuer's offices (责任处室：教师工作处；) may come before the label, never alone.
        var officePattern = string.Join('|', All.Where(l => l.IssuerOffices).Select(l => Regex.Escape(l.Label)));
        var offices = officePattern.Length == 0 ? "" : $@"(?:(?:{officePattern})\s*[：:][^；;）)〕】\]\n]*[；;]\s*)?";
        Opening = new Regex($@"(?:(?<bracket>[〔\[【（(])|(?<=^|\n))\s*(?={offices}(?:{labelPattern})\s*[：:])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The labels of the rows of <c>responsibility-labels.csv</c>.</summary>
    public static ResponsibilityLabels From(IEnumerable<IReadOnlyDictionary<string, string>> rows) =>
        new([.. rows.Select(row => row["role"] == "issuer-office"
                ? new ResponsibilityLabel(row["label"], null, IssuerOffices: true)
                : new ResponsibilityLabel(row["label"], Role(row["role"])))]);

    /// <summary>Every label, longest first.</summary>
    public IReadOnlyList<ResponsibilityLabel> All { get; }

    /// <summary>
    /// Matches the opening of a responsibility list, before its label: its bracket (group <c>bracket</c>), or nothing
    /// at the start of a paragraph.
    /// </summary>
    public Regex Opening { get; }

    private static ResponsibilityRole? Role(string role) => role switch
    {
        "" => null,
        "lead" => ResponsibilityRole.Lead,
        "co" => ResponsibilityRole.CoResponsible,
        _ => throw new InvalidOperationException($"responsibility-labels.csv: unknown role '{role}' (lead, co, issuer-office or empty)."),
    };
}
