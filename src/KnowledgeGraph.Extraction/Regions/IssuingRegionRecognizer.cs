using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// The issuing region, read from the issuers: the region whose party committee (中共凉山州委…) or people's
/// government (凉山州人民政府…) signed. The first issuer that names one wins; a document without such an issuer
/// has no issuing region, and its unit names are not expanded. Needs <see cref="Documents.IssuerRecognizer"/> first.
/// </summary>
public sealed partial class IssuingRegionRecognizer : IRecognizer
{
    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var issuer in context.Header.Issuers)
        {
            var match = RegionRegex().Match(issuer.Name);
            if (match.Success)
            {
                var group = match.Groups["region"];
                context.Region = new IssuingRegion(group.Value, new SourceSpan(issuer.Span.Start + group.Index, group.Length));
                return;
            }
        }
    }

    // Lazy, so that 中共凉山州委 gives 凉山州 and 达州市人民政府 backtracks to 达州市.
    [GeneratedRegex(@"^(?:中共)?(?<region>\p{IsCJKUnifiedIdeographs}{1,8}?[省州市县区])(?:委|人民政府)")]
    private static partial Regex RegionRegex();
}
