namespace KnowledgeGraph.Domain.Measures;

/// <summary>Which rule told the lead units of a measure from those that share it.</summary>
public enum ResponsibilityRuleKind
{
    /// <summary>The document states 逗号前为牵头单位: the units before the first ， of a list lead, the others share.</summary>
    StatedBeforeFirstComma,

    /// <summary>The document states 排名第一的为牵头单位 or 列第一位的为牵头单位: the first unit listed leads, the others share.</summary>
    StatedFirstListed,

    /// <summary>No rule is stated, but the list is split by ，: as plans conventionally write, the units before it lead.</summary>
    CommaConvention,

    /// <summary>Labels name the roles: 牵头单位：… leads, 配合单位：… shares.</summary>
    Labelled,

    /// <summary>A sentence names the roles: 由X牵头，Y配合; X负责，Y配合; X会同Y负责.</summary>
    RunningText,

    /// <summary>The units are named without any lead/co distinction (no rule, no label, 按职责分工负责): every one leads.</summary>
    AllLead,
}
