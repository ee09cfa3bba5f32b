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

    /// <summary>A titled item inside a document: a bulletin item, a news story, a city report's section.</summary>
    public const string Article = "Article";

    /// <summary>A province, prefecture (市, 州) or county-level division (县, 县级市, 区).</summary>
    public const string Region = "Region";

    /// <summary>A school, college or university.</summary>
    public const string School = "School";

    /// <summary>A named action, plan, project or campaign (行动, 计划, 工程).</summary>
    public const string Program = "Program";

    /// <summary>A 名师工作室, 名师名校长工作室, 工作坊 or the like.</summary>
    public const string TeacherStudio = "TeacherStudio";

    /// <summary>An amount of money with its payer, purpose, period and range in yuan.</summary>
    public const string FundingLine = "FundingLine";

    /// <summary>A quantified goal with its year and value.</summary>
    public const string Target = "Target";

    /// <summary>A named official with titles.</summary>
    public const string Person = "Person";

    /// <summary>Every kind label (all but <see cref="Entity"/>): the only labels a store writes besides Entity.</summary>
    public static IReadOnlyList<string> All { get; } = [Document, Plan, Measure, Unit, Article, Region, School, Program, TeacherStudio, FundingLine, Target, Person];
}
