using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// Later pass: each region PART_OF the division it belongs to (county → prefecture → province), by the gazetteer,
/// with the region's first mention (or the text that implied it) as evidence.
/// </summary>
/// <param name="gazetteer">The divisions; <see cref="Gazetteer.Sichuan"/> when null.</param>
public sealed class RegionPartOfRecognizer(Gazetteer? gazetteer = null) : IRecognizer
{
    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Sichuan;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var regions = context.Entities[EntityKind.Region];
        var byCode = _gazetteer.Divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        foreach (var region in regions.All.ToList())
        {
            var division = byCode[(string)region.Properties[PropertyNames.Code]!];
            if (_gazetteer.ParentOf(division) is { } parent)
            {
                var parentRegion = RegionEntities.Imply(context, parent, region.FirstMention);
                context.AddRelationship(RelationshipTypes.PartOf, region.Id, parentRegion.Id, region.FirstMention);
            }
        }
    }
}
