namespace KnowledgeGraph.Domain.Graph;

/// <summary>Node labels of the graph model (DESIGN.md, "Graph model").</summary>
public static class NodeLabels
{
    /// <summary>Carried by every node besides its kind, so that one index and one constraint cover all nodes.</summary>
    public const string Entity = "Entity";

    /// <summary>A source file.</summary>
    public const string Document = "Document";

    /// <summary>An implementation plan (实施方案) inside a document.</summary>
    public const string Plan = "Plan";

    /// <summary>A numbered measure of a plan.</summary>
    public const string Measure = "Measure";

    /// <summary>A government body, office, party committee or company.</summary>
    public const string Unit = "Unit";
}
