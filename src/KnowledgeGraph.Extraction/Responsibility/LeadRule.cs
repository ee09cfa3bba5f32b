namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>Which units of a role-less list (责任单位：…) lead, as the document states it.</summary>
public enum LeadRule
{
    /// <summary>逗号前为牵头单位: the units before the first ， lead, the rest share; what a document that states no rule means.</summary>
    BeforeFirstComma,

    /// <summary>排名第一的为牵头单位, 列第一位的为牵头单位: the first unit listed leads, every other unit shares.</summary>
    FirstListed,
}
