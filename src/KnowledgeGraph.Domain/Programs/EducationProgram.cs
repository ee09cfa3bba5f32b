using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Programs;

/// <summary>
/// A named action, plan, project or campaign, such as “学前学会普通话2.0”行动 or 嘉陵江英才工程. Not called
/// <c>Program</c>, which every ASP.NET Core host already declares.
/// </summary>
public sealed class EducationProgram : Entity
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Program;
}
