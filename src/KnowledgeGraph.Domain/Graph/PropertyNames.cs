namespace KnowledgeGraph.Domain.Graph;

/// <summary>Property keys used on node and relationship records, shared by extraction, stores and mapping.</summary>
public static class PropertyNames
{
    /// <summary>Canonical name of a node (a measure's or document's title).</summary>
    public const string Name = "name";

    /// <summary>Other names of the same thing, as a list of strings.</summary>
    public const string Aliases = "aliases";

    /// <summary>A document's file name.</summary>
    public const string FileName = "fileName";

    /// <summary>Title of a document, plan or measure.</summary>
    public const string Title = "title";

    /// <summary>A document's number, such as 凉委办发〔2022〕14号.</summary>
    public const string Number = "number";

    /// <summary>An issue date as ISO 8601 (yyyy-MM-dd).</summary>
    public const string Date = "date";

    /// <summary>Full text of a measure.</summary>
    public const string Text = "text";

    /// <summary>Section heading a measure sits under, such as （一）大力实施普惠性资源扩容增效.</summary>
    public const string Section = "section";

    /// <summary>A measure's number as its plan writes it, with brackets or separator: （三）, 3., ②.</summary>
    public const string NumberAsWritten = "numberAsWritten";

    /// <summary>When a measure is to be done, as written: 2025年6月, 2024年12月底前完成, 持续推进.</summary>
    public const string Deadline = "deadline";

    /// <summary>Which rule told a measure's lead units from those that share it (a <c>ResponsibilityRuleKind</c> name).</summary>
    public const string ResponsibilityRule = "responsibilityRule";

    /// <summary>The words a measure's responsibility rule was read from, as written.</summary>
    public const string ResponsibilityRuleStatement = "responsibilityRuleStatement";

    /// <summary>Offset of those words in the normalised text.</summary>
    public const string ResponsibilityRuleOffset = "responsibilityRuleOffset";

    /// <summary>Length of those words.</summary>
    public const string ResponsibilityRuleLength = "responsibilityRuleLength";

    /// <summary>Position (1-based) of a plan in its document or a measure in its plan.</summary>
    public const string Ordinal = "ordinal";

    /// <summary>A region's level (province, prefecture, county) or a studio's (省级, 州级, 县级).</summary>
    public const string Level = "level";

    /// <summary>A school's type: university, college, vocational, secondary, primary, kindergarten, special or general (a school of no one stage: 宁南春晖学校).</summary>
    public const string SchoolType = "schoolType";

    /// <summary>An article's genre: bulletin-item, news-story, city-report, notice.</summary>
    public const string Genre = "genre";

    /// <summary>A region's statistical division code, such as 513400.</summary>
    public const string Code = "code";

    /// <summary>How many (studios of a kind, say), as a 64-bit integer.</summary>
    public const string Count = "count";

    /// <summary>How many members (people selected into studios), as a 64-bit integer.</summary>
    public const string Members = "members";

    /// <summary>The year something applies to or is due by, as a 64-bit integer.</summary>
    public const string Year = "year";

    /// <summary>Lower bound of an amount in yuan (fen are never stated), as a 64-bit integer.</summary>
    public const string AmountYuanMin = "amountYuanMin";

    /// <summary>Upper bound of an amount in yuan; equal to the lower bound for a single amount.</summary>
    public const string AmountYuanMax = "amountYuanMax";

    /// <summary>How often an amount is paid: 每年, 每月, 一次性 ….</summary>
    public const string Period = "period";

    /// <summary>What an amount is counted per: 每生, 每室, 人均 ….</summary>
    public const string PerUnit = "perUnit";

    /// <summary>Who pays, as written (州级财政, 县级财政 …).</summary>
    public const string Payer = "payer";

    /// <summary>What money is for, as written.</summary>
    public const string Purpose = "purpose";

    /// <summary>What a target measures, such as 学前三年毛入园率.</summary>
    public const string Indicator = "indicator";

    /// <summary>A target's value as written, such as 92%.</summary>
    public const string Value = "value";

    /// <summary>A person's titles, as a list of strings; on HOLDS_POST, the title held in that unit.</summary>
    public const string Titles = "titles";

    /// <summary>Id of the document a piece of evidence was read from.</summary>
    public const string EvidenceDocumentId = "evidenceDocumentId";

    /// <summary>Character offset of the evidence in the document's normalised text.</summary>
    public const string EvidenceOffset = "evidenceOffset";

    /// <summary>Length in characters of the evidence span.</summary>
    public const string EvidenceLength = "evidenceLength";

    /// <summary>A short excerpt of the evidence span.</summary>
    public const string EvidenceSnippet = "evidenceSnippet";
}
