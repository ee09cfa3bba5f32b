namespace KnowledgeGraph.Domain.Entities;

/// <summary>
/// The kinds of named things the documents speak of. <see cref="EntityKinds"/> holds the one table from which
/// their node labels (and the GraphQL <c>EntityKind</c> enum) derive.
/// </summary>
public enum EntityKind
{
    /// <summary>A province, prefecture or county-level division.</summary>
    Region,

    /// <summary>A school, college or university.</summary>
    School,

    /// <summary>A government body, office, party committee or company.</summary>
    Unit,

    /// <summary>A named action, plan, project or campaign.</summary>
    Program,

    /// <summary>A 名师工作室 or the like.</summary>
    TeacherStudio,

    /// <summary>An amount of money with payer and purpose.</summary>
    FundingLine,

    /// <summary>A quantified goal.</summary>
    Target,

    /// <summary>A named official.</summary>
    Person,

    /// <summary>A titled item inside a document.</summary>
    Article,
}
