namespace KnowledgeGraph.Domain.Plans;

/// <summary>An implementation plan (实施方案) inside a document.</summary>
public sealed class Plan
{
    /// <summary>Node id.</summary>
    public required string Id { get; init; }

    /// <summary>Title such as 凉山州学前教育高质量发展实施方案.</summary>
    public required string Title { get; init; }

    /// <summary>Position (1-based) of the plan in its document.</summary>
    public int Ordinal { get; init; }
}
