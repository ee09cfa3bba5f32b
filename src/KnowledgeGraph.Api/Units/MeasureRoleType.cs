using GraphQL.Types;

namespace KnowledgeGraph.Api.Units;

/// <summary>The part a unit plays in a measure.</summary>
public enum MeasureRole
{
    /// <summary>Leads the measure.</summary>
    Lead,

    /// <summary>Shares responsibility without leading.</summary>
    Co,

    /// <summary>Either.</summary>
    Any,
}

/// <summary>GraphQL enum of <see cref="MeasureRole"/>.</summary>
public sealed class MeasureRoleType : EnumerationGraphType<MeasureRole>
{
    /// <summary>Names the enum and describes its values.</summary>
    public MeasureRoleType()
    {
        Name = "MeasureRole";
        Description = "The part a unit plays in a measure.";
        Values["LEAD"]!.Description = "Leads the measure (牵头单位: named before the first ， of the responsibility bracket).";
        Values["CO"]!.Description = "Shares responsibility without leading (named after the first ，).";
        Values["ANY"]!.Description = "Leads it or shares it.";
    }
}
