namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>How a unit shares a measure.</summary>
public enum ResponsibilityRole
{
    /// <summary>Leads the measure (牵头单位): written before the bracket's first ，.</summary>
    Lead,

    /// <summary>Shares it: written after the first ，.</summary>
    CoResponsible,
}
