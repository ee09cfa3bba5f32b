using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Schools;

/// <summary>
/// Later pass: a school LOCATED_IN the most specific place its name starts with (四川省苍溪县职业高级中学 → 苍溪县),
/// with the school's name as evidence. A school named without a place (西南石油大学) is located nowhere.
/// </summary>
public sealed class SchoolLocatedInRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Schools];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.SchoolLocations, ExtractionFact.ImpliedRegions];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var mention in context.Schools.Where(s => s.Region is not null))
        {
            var school = context.Entities[EntityKind.School].Find(mention.Name)!;
            var region = RegionEntities.Imply(context, mention.Region!, mention.Span);
            context.AddRelationship(RelationshipTypes.LocatedIn, school.Id, region.Id, mention.Span);
        }
    }
}
