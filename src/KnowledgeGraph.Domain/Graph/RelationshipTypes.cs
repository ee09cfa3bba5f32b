namespace KnowledgeGraph.Domain.Graph;

/// <summary>Relationship types of the graph model (DESIGN.md, "Graph model").</summary>
public static class RelationshipTypes
{
    /// <summary>Measure → Plan, Plan → Document.</summary>
    public const string PartOf = "PART_OF";

    /// <summary>Measure → Unit that leads it (before the first ， of the responsibility bracket).</summary>
    public const string LedBy = "LED_BY";

    /// <summary>Measure → Unit that shares responsibility (after the first ，).</summary>
    public const string CoLedBy = "CO_LED_BY";

    /// <summary>Document → Unit that issued it.</summary>
    public const string IssuedBy = "ISSUED_BY";
}
