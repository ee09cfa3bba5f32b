using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Responsibility;

/// <summary>
/// Later pass: Measure LED_BY each lead unit and CO_LED_BY each co-responsible unit of its bracket, with the unit's
/// mention inside the bracket as evidence; a school named in the bracket (四川民族学院), which is no unit, is the
/// School entity of that name. Needs <see cref="Units.UnitResolver"/> first.
/// </summary>
public sealed class ResponsibilityRelationshipRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.ResponsibilityBrackets, ExtractionFact.Schools, ExtractionFact.Units];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Responsibilities];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var bracket in context.Responsibilities)
        {
            foreach (var responsible in bracket.Units)
            {
                if ((context.Units.Find(responsible.Mention.Name) ?? context.Entities[EntityKind.School].Find(responsible.Mention.Name)) is not { } unit)
                {
                    continue;
                }

                var type = responsible.Role == ResponsibilityRole.Lead ? RelationshipTypes.LedBy : RelationshipTypes.CoLedBy;
                context.AddRelationship(type, bracket.MeasureId, unit.Id, responsible.Mention.Span);
            }
        }
    }
}
