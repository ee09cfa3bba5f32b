using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Units;

/// <summary>Which relationship types stand for which <see cref="MeasureRole"/>: LED_BY for leading, CO_LED_BY for sharing.</summary>
public static class Responsibility
{
    /// <summary>The relationship types of a role, leading first.</summary>
    public static IReadOnlyList<string> TypesOf(MeasureRole role) => role switch
    {
        MeasureRole.Lead => [RelationshipTypes.LedBy],
        MeasureRole.Co => [RelationshipTypes.CoLedBy],
        _ => [RelationshipTypes.LedBy, RelationshipTypes.CoLedBy],
    };

    /// <summary>The role a relationship type stands for, or null when it is not a responsibility.</summary>
    public static MeasureRole? RoleOf(string relationshipType) => relationshipType switch
    {
        RelationshipTypes.LedBy => MeasureRole.Lead,
        RelationshipTypes.CoLedBy => MeasureRole.Co,
        _ => null,
    };
}
