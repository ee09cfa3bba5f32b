namespace KnowledgeGraph.Domain.Graph;

/// <summary>Relationship types of the graph model (DESIGN.md, "Graph model").</summary>
public static class RelationshipTypes
{
    /// <summary>Measure → Plan, Plan → Document, Article → Document, Region → the Region it belongs to.</summary>
    public const string PartOf = "PART_OF";

    /// <summary>Measure → Unit that leads it (before the first ， of the responsibility bracket).</summary>
    public const string LedBy = "LED_BY";

    /// <summary>Measure → Unit that shares responsibility (after the first ，).</summary>
    public const string CoLedBy = "CO_LED_BY";

    /// <summary>Document → Unit that issued it.</summary>
    public const string IssuedBy = "ISSUED_BY";

    /// <summary>Article → Unit that reported it (the office in parentheses closing a bulletin item).</summary>
    public const string ReportedBy = "REPORTED_BY";

    /// <summary>School, TeacherStudio, Program or Unit → the Region it is in.</summary>
    public const string LocatedIn = "LOCATED_IN";

    /// <summary>
    /// Program → Unit, Region or School that runs it. Stored in this one direction only (DESIGN.md's RUNS is its
    /// reverse, which GraphQL follows as <c>Unit.programs</c>), so that the two can never disagree.
    /// </summary>
    public const string RunBy = "RUN_BY";

    /// <summary>FundingLine → the Program, TeacherStudio, Measure or Region it pays for.</summary>
    public const string Funds = "FUNDS";

    /// <summary>FundingLine → the Region or Unit whose budget pays it (州级财政 → the prefecture).</summary>
    public const string PaidBy = "PAID_BY";

    /// <summary>Measure, Plan or Article → Target it sets.</summary>
    public const string HasTarget = "HAS_TARGET";

    /// <summary>Person → Unit in which they hold a post; the post's title is a property of the relationship.</summary>
    public const string HoldsPost = "HOLDS_POST";

    /// <summary>A collective Unit (各县（市）党委和人民政府) → each Region it stands for.</summary>
    public const string Covers = "COVERS";

    /// <summary>Any entity → the Article or Document that mentions it.</summary>
    public const string MentionedIn = "MENTIONED_IN";

    /// <summary>Every relationship type: the only types a store writes.</summary>
    public static IReadOnlyList<string> All { get; } = [PartOf, LedBy, CoLedBy, IssuedBy, ReportedBy, LocatedIn, RunBy, Funds, PaidBy, HasTarget, HoldsPost, Covers, MentionedIn];
}
