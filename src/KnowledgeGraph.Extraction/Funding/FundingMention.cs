namespace KnowledgeGraph.Extraction.Funding;

/// <summary>An amount of money as read at one place of the text.</summary>
/// <param name="Written">The amount as written (3000 万元, 2—100万元).</param>
/// <param name="Span">Where the amount is written.</param>
/// <param name="Clause">The clause it was read from (between ，。；).</param>
/// <param name="MinYuan">Lower bound in yuan, or null when open (最高不超过 500 万元).</param>
/// <param name="MaxYuan">Upper bound in yuan, or null when open (30多亿元, 不少于300万元).</param>
/// <param name="Period">每年, 每月, 一次性 …, or null.</param>
/// <param name="PerUnit">每生, 人均, 每个名师名校长工作室 …, or null.</param>
/// <param name="Payer">州级财政, 州、县（市）财政 …, or null.</param>
/// <param name="Purpose">What it is for, or null.</param>
public sealed record FundingMention(
    string Written,
    SourceSpan Span,
    string Clause,
    long? MinYuan,
    long? MaxYuan,
    string? Period,
    string? PerUnit,
    string? Payer,
    string? Purpose);
