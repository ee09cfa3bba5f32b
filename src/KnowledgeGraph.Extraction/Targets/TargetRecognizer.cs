using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;

namespace KnowledgeGraph.Extraction.Targets;

/// <summary>
/// Targets: in a sentence that names a year to reach (到2025年, 在2024年7月底前, 2023年前), every clause after the
/// year of the shape indicator, verb (达到, 达, 提高到, 提升至, 降低至, 不低于, 超过 …), value — a percentage or a
/// count with its measure word (92%, 50所, 10个) — is a target due by that year. A scope or a verb that opens the
/// indicator (全州, 全省, 推动, 实现, 确保, 力争) is not part of it.
/// </summary>
public sealed partial class TargetRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text.Text;
        foreach (Match sentence in SentenceRegex().Matches(text))
        {
            if (YearRegex().Match(sentence.Value) is not { Success: true } year)
            {
                continue;
            }

            var due = int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture);
            var afterYear = year.Index + year.Length;
            foreach (Match goal in GoalRegex().Matches(sentence.Value[afterYear..]))
            {
                var indicatorGroup = goal.Groups["indicator"];
                var scope = ScopeRegex().Match(indicatorGroup.Value);
                var indicator = ChineseText.RemoveWhitespace(indicatorGroup.Value[scope.Length..]);
                if (indicator.Length < 2)
                {
                    continue;
                }

                var value = ChineseText.RemoveWhitespace(goal.Groups["value"].Value);
                var start = sentence.Index + afterYear + indicatorGroup.Index + scope.Length;
                var span = SourceSpan.FromBounds(start, sentence.Index + afterYear + goal.Index + goal.Length);
                var name = indicator + goal.Groups["verb"].Value + value;
                var mention = new TargetMention(name, indicator, value, due, span, sentence.Value.Trim());
                var key = $"{NodeIds.KeyOf(context.DocumentId)}/{span.Start.ToString(CultureInfo.InvariantCulture)}";
                var target = context.Entities[EntityKind.Target].Register(name, span, name, key);
                target.Properties[PropertyNames.Indicator] = indicator;
                target.Properties[PropertyNames.Value] = value;
                target.Properties[PropertyNames.Year] = (long)due;
                target.Properties[PropertyNames.Text] = mention.Clause;
                context.Targets.Add(mention);
            }
        }
    }

    [GeneratedRegex("[^。；\\n]+[。；]?")]
    private static partial Regex SentenceRegex();

    [GeneratedRegex(@"(?:到|至|在)?\s*(?<year>20[0-9]{2})\s*年(?:[0-9]{1,2}\s*月)?(?:底|末)?前?[，,]?")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?<indicator>[^，。；：、,（）()〔〕【】\[\]]{2,30}?)(?<verb>达到|提高到|提高至|提升到|提升至|增加到|增加至|降低到|降低至|控制在|不低于|不超过|超过|达)\s*(?<value>[0-9]+(?:\.[0-9]+)?\s*(?:%|％|所|个|名|人|万人|万个|门|种|项|家|堂)(?:以上|及以上|以下|左右)?)")]
    private static partial Regex GoalRegex();

    [GeneratedRegex("^(?:推动|实现|确保|力争|使|全州|全省|全市|全县|全国|各县（市）)+")]
    private static partial Regex ScopeRegex();
}
