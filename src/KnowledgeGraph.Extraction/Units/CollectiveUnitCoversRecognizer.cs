using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Units;

/// <summary>
/// Later pass: a collective unit of the counties — its name opens with 各县, 各区县, 各县（市、区） or a bracketed
/// 县（市） (so 县委宣传部, one county's office, is not one) and goes on with what they are (党委和人民政府), not
/// with 级 — COVERS each county-level division of the
/// issuing prefecture, with the unit's first mention as evidence. Without an issuing prefecture there is nothing
/// to cover.
/// </summary>
/// <param name="gazetteer">The divisions.</param>
public sealed partial class CollectiveUnitCoversRecognizer(Gazetteer gazetteer) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.IssuingRegion, ExtractionFact.Units];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Covers, ExtractionFact.ImpliedRegions];

    private readonly Gazetteer _gazetteer = gazetteer;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Region?.Division is not { Level: RegionLevels.Prefecture } prefecture)
        {
            return;
        }

        foreach (var unit in context.Units.All.Where(u => CollectiveRegex().IsMatch(u.Name)))
        {
            foreach (var county in _gazetteer.ChildrenOf(prefecture))
            {
                var region = RegionEntities.Imply(context, county, unit.FirstMention);
                context.AddRelationship(RelationshipTypes.Covers, unit.Id, region.Id, unit.FirstMention);
            }
        }
    }

    [GeneratedRegex(@"^(?:各(?:县|区县|县区)(?:[（(][市区、，,]+[）)])?|(?:县|区县|县区)[（(][市区、，,]+[）)])(?!级)\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CollectiveRegex();
}
