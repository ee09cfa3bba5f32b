using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Api.Graph.Entities;

/// <summary>GraphQL enum of <see cref="EntityKind"/>: REGION, SCHOOL, UNIT, PROGRAM, TEACHER_STUDIO ….</summary>
public sealed class EntityKindType : EnumerationGraphType<EntityKind>
{
    /// <summary>Names the enum and describes its values.</summary>
    public EntityKindType()
    {
        Name = "EntityKind";
        Description = "The kinds of named things the documents speak of.";
        Values["REGION"]!.Description = "A province, prefecture (市, 州) or county-level division (县, 县级市, 区).";
        Values["SCHOOL"]!.Description = "A school, college or university.";
        Values["UNIT"]!.Description = "A government body, office, party committee or company.";
        Values["PROGRAM"]!.Description = "A named action, plan, project or campaign (行动, 计划, 工程).";
        Values["TEACHER_STUDIO"]!.Description = "A 名师工作室, 名师名校长工作室, 工作坊 or the like.";
        Values["FUNDING_LINE"]!.Description = "An amount of money with payer, purpose and period.";
        Values["TARGET"]!.Description = "A quantified goal with its year.";
        Values["PERSON"]!.Description = "A named official.";
        Values["ARTICLE"]!.Description = "A titled item inside a document: a bulletin item, a news story, a report section.";
    }
}
