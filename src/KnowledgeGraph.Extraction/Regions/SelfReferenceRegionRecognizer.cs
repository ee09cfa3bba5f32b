using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// A document names its own region by 我 or 本 and the level character (我省启动…, 本州, 我市): each such mention is a
/// mention of the region the document is written in (<see cref="DocumentRegions"/>) — the issuing region or its
/// parent of that level, else the region of that level most of the
/// document's places lie in. Where the document does not tell,
/// the words name nothing. Runs after <see cref="RegionRecognizer"/>, whose mentions it counts.
/// </summary>
/// <param name="gazetteer">The divisions.</param>
public sealed partial class SelfReferenceRegionRecognizer(Gazetteer gazetteer) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.IssuingRegion];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.RegionMentions];

    private readonly Gazetteer _gazetteer = gazetteer;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Each level character's region is found once, from the places the text names, before any 我省 counts.
        var regions = new Dictionary<char, Division?>();
        foreach (Match match in SelfReferenceRegex().Matches(context.Text.Text))
        {
            var level = match.Value[1];
            if (!regions.TryGetValue(level, out var region))
            {
                regions[level] = region = DocumentRegions.ForLevelCharacter(context, _gazetteer, level);
            }

            if (region is { } division)
            {
                RegionEntities.Mention(context, division, match.Value, new SourceSpan(match.Index, match.Length));
            }
        }
    }

    [GeneratedRegex("[我本][省州市县]")]
    private static partial Regex SelfReferenceRegex();
}
