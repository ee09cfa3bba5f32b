using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>Registers gazetteer divisions as Region entities, with their level and code (left out where the reference data does not know it).</summary>
public static class RegionEntities
{
    /// <summary>A division written <paramref name="writtenName"/> at <paramref name="span"/>.</summary>
    public static ExtractedEntity Mention(ExtractionContext context, Division division, string writtenName, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(division);
        return WithProperties(context.Entities[EntityKind.Region].Register(writtenName, span, division.Name), division);
    }

    /// <summary>A division the text at <paramref name="source"/> implies without naming it.</summary>
    public static ExtractedEntity Imply(ExtractionContext context, Division division, SourceSpan source)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(division);
        return WithProperties(context.Entities[EntityKind.Region].Ensure(division.Name, source), division);
    }

    private static ExtractedEntity WithProperties(ExtractedEntity region, Division division)
    {
        region.Properties[PropertyNames.Level] = division.Level;
        if (division.Code is { } code)
        {
            region.Properties[PropertyNames.Code] = code;
        }

        return region;
    }
}
