using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Funding;

/// <summary>An amount of money, such as 州级财政每年安排 3000 万元, as a range in yuan with period, unit and payer.</summary>
public sealed class FundingLine : Entity
{
    /// <summary>Lower bound in yuan.</summary>
    public long? AmountYuanMin { get; init; }

    /// <summary>Upper bound in yuan; the same as the lower bound for a single amount.</summary>
    public long? AmountYuanMax { get; init; }

    /// <summary>How often it is paid: 每年, 每月, 一次性 ….</summary>
    public string? Period { get; init; }

    /// <summary>What it is counted per: 每生, 每室, 人均 ….</summary>
    public string? PerUnit { get; init; }

    /// <summary>Who pays, as written (州级财政 …).</summary>
    public string? Payer { get; init; }

    /// <summary>What it is for, as written.</summary>
    public string? Purpose { get; init; }

    /// <summary>The sentence it was read from.</summary>
    public string? Text { get; init; }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.FundingLine;
}
