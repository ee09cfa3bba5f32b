using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// The issuing region, read from the issuers: the gazetteer division whose party committee (中共凉山州委…) or
/// people's government (凉山州人民政府…) signed — a division's written form, longest first, directly followed by 委
/// or 人民政府, or a division of it written right after it (成都市武侯区人民政府: 武侯区). The first issuer that names one
/// wins; a document without a signature takes the one its title names (凉山州人民政府关于…). Else it has no issuing
/// region. Needs <see cref="Documents.IssuerRecognizer"/> first.
/// </summary>
/// <param name="gazetteer">The divisions to recognise.</param>
/// <param name="words">The level words a district's name ends with.</param>
public sealed class IssuingRegionRecognizer(Gazetteer gazetteer, UnitWords words) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.DocumentTitle, ExtractionFact.Issuers];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.IssuingRegion];

    private const string PartyPrefix = "中共";

    // The level words of the divisions below a prefecture, and how long a name before them may be (九龙坡区, 天河区).
    private const string DistrictLevels = "区县";
    private const int MinDistrictStem = 2;
    private const int MaxDistrictStem = 4;

    private readonly Gazetteer _gazetteer = gazetteer;
    private readonly UnitWords _words = words;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Without a signature, a title that names the committee or government issuing it (凉山州人民政府关于…) says so.
        context.Region = Find(context, Governs) ?? (context.Header.Issuers.Count == 0 ? TitlePlace(context, Governs) : null);
    }

    /// <summary>
    /// The region whose 市X and 县X the document's words mean: the issuing region, else the division a department
    /// issuer opens with (<see cref="DepartmentRegion"/>), else the one its title or a plan's opens with
    /// (<see cref="TitleRegion"/>); null when none does. Needs the plans (<see cref="Plans.PlanRecognizer"/>).
    /// </summary>
    public IssuingRegion? NamingRegion(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Region ?? DepartmentRegion(context) ?? TitleRegion(context);
    }

    /// <summary>
    /// The division a department issuer opens with (南充市教育局: 南充市), which is no issuing region of the document
    /// but is where the department's 市X are (市财政局 is 南充市财政局); null when no issuer opens with one.
    /// </summary>
    public IssuingRegion? DepartmentRegion(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(context, (name, end) => end < name.Length);
    }

    /// <summary>
    /// The division the document's title opens with, else the first plan's that opens with one: a title that names
    /// its issuer (绍兴市教育局关于…) or a plan named for its place (绍兴市…工作方案) speaks for that division, so its
    /// 市X are that city's. Like <see cref="DepartmentRegion"/>, it names units without making the division the
    /// issuing region; null when no title opens with a division. Needs the plans (<see cref="Plans.PlanRecognizer"/>).
    /// </summary>
    public IssuingRegion? TitleRegion(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TitlePlace(context, (text, end) => end < text.Length);
    }

    // The region whose committee or government a name that opens with it names (凉山州委, 凉山州人民政府).
    private static bool Governs(string name, int end) => name.AsSpan(end).StartsWith("委") || name.AsSpan(end).StartsWith("人民政府");

    // The division written at the start of the document's title, else of the first plan's, where `follows` holds after it.
    private IssuingRegion? TitlePlace(ExtractionContext context, Func<string, int, bool> follows)
    {
        var titles = new List<(string Text, int Start)>();
        if (context.Header.Title is { } title)
        {
            titles.Add((title.Value, title.Span.Start));
        }

        titles.AddRange(context.Plans.Select(p => (p.Title, p.TitleParagraph.Span.Start)));
        foreach (var (text, at) in titles)
        {
            var start = text.StartsWith(PartyPrefix, StringComparison.Ordinal) ? PartyPrefix.Length : 0;
            if (PlaceAt(text, start, follows) is { } match)
            {
                return new IssuingRegion(match.Form, match.Division, new SourceSpan(at + match.Start, match.Form.Length), match.District);
            }
        }

        return null;
    }

    // The division written at the start of the first issuer where `follows` holds after it.
    private IssuingRegion? Find(ExtractionContext context, Func<string, int, bool> follows)
    {
        foreach (var issuer in context.Header.Issuers)
        {
            var start = issuer.Name.StartsWith(PartyPrefix, StringComparison.Ordinal) ? PartyPrefix.Length : 0;
            var name = issuer.Name;
            if (PlaceAt(name, start, follows) is { } match)
            {
                return new IssuingRegion(match.Form, match.Division, new SourceSpan(issuer.Span.Start + match.Start, match.Form.Length), match.District);
            }
        }

        return null;
    }

    // The division written at `start` of `name` where `follows` holds after it; a division of it written right after
    // it is the more specific place (成都市武侯区教育局: 武侯区), and one the gazetteer does not know is its district.
    private (string Form, Division Division, int Start, string? District)? PlaceAt(string name, int start, Func<string, int, bool> follows)
    {
        if (_gazetteer.LongestMatch(name, start, (_, _) => true) is { } outer
            && _gazetteer.LongestMatch(name, start + outer.Form.Length, (_, end) => follows(name, end)) is { } inner
            && Equals(_gazetteer.ParentOf(inner.Division), outer.Division))
        {
            return (inner.Form, inner.Division, start + outer.Form.Length, null);
        }

        return _gazetteer.LongestMatch(name, start, (_, end) => follows(name, end)) is { } place
            ? (place.Form, place.Division, start, UnknownDistrictAt(name, start + place.Form.Length, place.Division))
            : null;
    }

    // A district or county name written at `at` right after its province or prefecture (重庆市九龙坡区…, 广州市天河区…):
    // two to four characters, then 区 or 县 where that character makes no other word (区域, 县城, 开发区), then more of
    // the name. Null where the gazetteer knows the place, or a county would come after a county.
    private string? UnknownDistrictAt(string name, int at, Division parent)
    {
        if (parent.Level == RegionLevels.County)
        {
            return null;
        }

        for (var stem = 1; stem <= MaxDistrictStem && at + stem + 1 < name.Length; stem++)
        {
            var last = name[at + stem - 1];
            if (!ChineseText.IsIdeograph(last) || _words.Levels.ContainsKey(last))
            {
                return null;
            }

            var level = name[at + stem];
            if (stem >= MinDistrictStem && DistrictLevels.Contains(level, StringComparison.Ordinal) && _words.Levels.TryGetValue(level, out var word)
                && word.Allows(name, at + stem) && ChineseText.IsIdeograph(name[at + stem + 1]))
            {
                var district = name.Substring(at, stem + 1);
                return _gazetteer.Lookup(district) is null ? district : null;
            }
        }

        return null;
    }
}
