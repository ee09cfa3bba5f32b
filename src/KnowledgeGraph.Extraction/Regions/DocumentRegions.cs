using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// The regions a document is written in, for names that leave them out (教育厅, 我省, 我州): the issuing region and
/// its parents, else the region of the level that most of the places the document names lie in.
/// </summary>
public static class DocumentRegions
{
    /// <summary>The province the document is written in, or null when it names none.</summary>
    public static Division? Province(ExtractionContext context, Gazetteer gazetteer) =>
        WithLevel(context, gazetteer, RegionLevels.Province, _ => true);

    /// <summary>
    /// The document's own region that a level character stands for (省 → 四川省, 州 → 凉山彝族自治州 in a Liangshan
    /// notice), or null when the document does not tell.
    /// </summary>
    public static Division? ForLevelCharacter(ExtractionContext context, Gazetteer gazetteer, char levelCharacter)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var level = levelCharacter switch
        {
            '省' => RegionLevels.Province,
            '州' or '市' or '盟' => RegionLevels.Prefecture,
            _ => RegionLevels.County,
        };
        return WithLevel(context, gazetteer, level, division => division.FormEndingWith(levelCharacter) is not null);
    }

    private static Division? WithLevel(ExtractionContext context, Gazetteer gazetteer, string level, Func<Division, bool> fits)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (context.Region?.Division is { } issuing)
        {
            for (Division? division = issuing; division is not null; division = gazetteer.ParentOf(division))
            {
                if (division.Level == level && fits(division))
                {
                    return division;
                }
            }

            return null;
        }

        // Each place the document names counts for the region of the level it lies in (or is): a Sichuan bulletin
        // naming 眉山市, 丹棱县 and once 广东 is Sichuan's.
        return context.Entities[EntityKind.Region].All
            .Where(region => region.Mentions.Count > 0)
            .Select(region => (Division: Enclosing(gazetteer, gazetteer.Find(region.Name), level), region.Mentions.Count))
            .Where(place => place.Division is not null && fits(place.Division))
            .GroupBy(place => place.Division!)
            .OrderByDescending(places => places.Sum(place => place.Count))
            .Select(places => places.Key)
            .FirstOrDefault();
    }

    private static Division? Enclosing(Gazetteer gazetteer, Division? division, string level)
    {
        while (division is not null && division.Level != level)
        {
            division = gazetteer.ParentOf(division);
        }

        return division;
    }
}
