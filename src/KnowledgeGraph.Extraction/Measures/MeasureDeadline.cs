using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Measures;

/// <summary>
/// A measure's deadline as its text writes it: after 完成时限： or 完成时间： (完成时限：2025年6月, 完成时限：持续推进), or
/// a bracket of its own that says when it is done ((2024年12月底前完成), (2025年底前), (持续推进)), or the last group of a
/// bracket after ； or ， (（责任单位：省财政厅；持续推进）, （…；2024年12月底前完成）). It is a property of the measure,
/// never part of a responsible unit's name, so the responsibility bracket ends where a deadline starts.
/// </summary>
public static partial class MeasureDeadline
{
    /// <summary>The first deadline in <paramref name="text"/>: the whole match (where the unit list must end) and its value.</summary>
    public static (int Index, string Value)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DeadlineRegex().Match(text);
        return match.Success ? (match.Index, match.Groups["value"].Value.Trim()) : null;
    }

    [GeneratedRegex(
        @"完成时[限间]\s*[：:]\s*(?<value>[^；;。，,）)〕】\]\n]+)" +
        @"|[（(〔](?<value>[0-9]{4}年(?:[0-9]{1,2}月)?(?:底|末|上旬|中旬|下旬)?(?:前完成|完成|前)|持续推进|长期坚持)[）)〕]" +
        @"|(?<=[；;，,]\s*)(?<value>[0-9]{4}年(?:[0-9]{1,2}月)?(?:底|末|上旬|中旬|下旬)?(?:前完成|完成|前)|持续推进|长期坚持)(?=\s*[）)〕】\]；;])")]
    private static partial Regex DeadlineRegex();
}
