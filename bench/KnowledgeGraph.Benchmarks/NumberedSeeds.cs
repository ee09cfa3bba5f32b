using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A seed's text with its plan titles numbered (<c>第3册凉山州…实施方案</c>), so that a copy of the text holds plans,
/// and so measures, of its own instead of merging into the seed's: more documents mean a larger graph, as real
/// documents would, not the same plans again.
/// </summary>
internal static partial class NumberedSeeds
{
    /// <summary><paramref name="seedText"/> with every plan title line prefixed by <c>第<paramref name="volume"/>册</c>.</summary>
    public static string NumberPlans(string seedText, int volume) =>
        PlanTitleLine().Replace(seedText, $"第{volume.ToString(CultureInfo.InvariantCulture)}册$1");

    [GeneratedRegex(@"^(\S.*实施方案)\s*$", RegexOptions.Multiline)]
    private static partial Regex PlanTitleLine();
}
