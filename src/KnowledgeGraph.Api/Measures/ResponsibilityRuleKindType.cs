using GraphQL.Types;
using KnowledgeGraph.Domain.Measures;

namespace KnowledgeGraph.Api.Measures;

/// <summary>GraphQL enum of <see cref="ResponsibilityRuleKind"/>: STATED_FIRST_LISTED, LABELLED, ALL_LEAD ….</summary>
public sealed class ResponsibilityRuleKindType : EnumerationGraphType<ResponsibilityRuleKind>
{
    /// <summary>Names the enum and describes its values.</summary>
    public ResponsibilityRuleKindType()
    {
        Name = "ResponsibilityRuleKind";
        Description = "Which rule told the units that lead a measure from those that share it.";
        Values["STATED_BEFORE_FIRST_COMMA"]!.Description = "The document states 逗号前为牵头单位: the units before the first ， of a list lead, the others share.";
        Values["STATED_FIRST_LISTED"]!.Description = "The document states 排名第一的为牵头单位 or 列第一位的为牵头单位: the first unit listed leads, the others share.";
        Values["COMMA_CONVENTION"]!.Description = "No rule is stated, but the list is split by ，: as plans conventionally write, the units before it lead.";
        Values["LABELLED"]!.Description = "Labels name the roles: 牵头单位：… leads, 配合单位：… shares.";
        Values["RUNNING_TEXT"]!.Description = "A sentence names the roles: 由X牵头，Y配合; X负责，Y配合; X会同Y负责.";
        Values["ALL_LEAD"]!.Description = "The units are named without any lead/co distinction (no rule, no label, 按职责分工负责): every one leads.";
    }
}
