using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// Later pass: each region PART_OF the division it belongs to (county → prefecture → province), by the gazetteer,
/// with the region's first mention (or the text that implied it) as evidence.
/// </summary>
/// <param name="gazetteer">The divisions.</param>
public sealed class RegionPartOfRecognizer(Gazetteer gazetteer) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.RegionMentions, ExtractionFact.ImpliedRegions];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.RegionParts, ExtractionFact.ImpliedRegions];

    private readonly Gazetteer _gazetteer = gazetteer;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var regions = context.Entities[EntityKind.Region];
        foreach (var region in regions.All.ToList())
        {
            // A region's canonical name is its division's (RegionEntities), which also holds where the code is unknown.
            if (_gazetteer.Find(region.Name) is { } division && _gazetteer.ParentOf(division) is { } parent)
            {
                var parentRegion = RegionEntities.Imply(context, parent, region.FirstMention);
                context.AddRelationship(RelationshipTypes.PartOf, region.Id, parentRegion.Id, region.FirstMention);
            }
        }
    }
}
