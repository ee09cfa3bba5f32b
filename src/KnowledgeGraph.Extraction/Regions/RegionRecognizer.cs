using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Schools;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// Regions: every written form of a gazetteer division (凉山彝族自治州, 凉山州, 西昌市, 北川县, 四川, 重庆, 河南省,
/// 广西壮族自治区, 安阳市 …; see <see cref="Gazetteer"/> for which forms count), longest first, so 凉山州财政局 names
/// 凉山彝族自治州 and 四川省 names the province rather than 四川. A two-character name ending in 县 or 区 (高县, 理县,
/// 东区) must start a word: it does not count after another Chinese character (提高县中, 城东区域) unless that is the
/// 省, 市 or 州 of its parent (宜宾市高县) or a function word (与渠县, 在理县). A form ending in 市 does not count as such before 场 (朝阳市场: the 市 is
/// 市场's). A province's short form counts on its own, except where a direction ending it starts a side word
/// (黄河南岸, 泰山东麓: 河南 and 山东 are not named).
/// <para>
/// Contextual names count only where the context makes them a place. A county's bare stem (西昌, 昭觉): right before
/// a school word (昭觉中学, 犍为一中; <see cref="SchoolNameWords"/>), or in a list of at least two county stems joined
/// by 、 和 及 与 (盐源、木里、雷波; 西昌、普格、昭觉和美姑). The short form or stem of a prefecture outside Sichuan
/// (安阳, 绍兴, 延边): right after its own province (河南安阳, 浙江省绍兴); joined by a dash or tilde to a place that
/// counts (绍兴—乐山, 乐山—绍兴职教联盟); or joined by 、 与 和 及 to a place that counts where it also ends a word
/// (<see cref="PlaceContext.EndsWord"/>: 浙江宁波、绍兴等地, but not 乐山与新乡村) — so 中山大学, 长治久安, 大同小异,
/// 朝阳产业 and 新乡村 name nothing. A school word is no context for them: 中山大学 is in Guangzhou.
/// </para>
/// Each mentioned division implies its parents up to the province, which become regions without a mention.
/// </summary>
/// <param name="gazetteer">The divisions to recognise.</param>
/// <param name="schoolWords">Words that end a school's name.</param>
public sealed class RegionRecognizer(Gazetteer gazetteer, SchoolNameWords schoolWords) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.RegionMentions];

    private const int LongestStem = 4;

    private readonly Gazetteer _gazetteer = gazetteer;
    private readonly SchoolNameWords _schoolWords = schoolWords;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            foreach (var place in PlacesIn(paragraph.Text))
            {
                Mention(context, place.Division, place.Name, paragraph.Span.Start + place.Start);
            }
        }
    }

    // The places of one paragraph in text order: forms and county stems as they are read, then the contextual
    // prefecture names that a province before them or a joined place makes places.
    private List<Place> PlacesIn(string text)
    {
        var places = new List<Place>();
        var pending = new List<Place>();

        // One question for the whole paragraph, not a closure for every offset asked at.
        Func<string, int, bool> counts = (form, end) => Counts(text, end - form.Length, form, end);
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            if (_gazetteer.LongestMatch(text, start, counts) is { } match)
            {
                places.Add(new Place(match.Form, match.Division, start));
                i += match.Form.Length;
            }
            else if (StemsAt(text, start) is { } stems)
            {
                places.AddRange(stems);
                i = stems[^1].End;
            }
            else if (PrefectureNameAt(text, start) is { } name)
            {
                // Read past it either way: 黄山东路 holds no 山东.
                pending.Add(name);
                i = name.End;
            }
            else
            {
                i++;
            }
        }

        // A joined name can make the next one a place (浙江宁波、绍兴), so repeat until nothing changes.
        for (var added = true; added;)
        {
            added = false;
            foreach (var name in pending.Where(name => IsPlace(text, name, places)).ToList())
            {
                places.Add(name);
                pending.Remove(name);
                added = true;
            }
        }

        return [.. places.OrderBy(place => place.Start)];
    }

    private bool Counts(string text, int start, string form, int end)
    {
        var isProvinceShortForm = _gazetteer.Lookup(form) is { Level: RegionLevels.Province } province && form == province.ShortName;
        return StartsWord(text, start, form)
            && !PlaceContext.EndsInMarket(text, form, end)
            && !(isProvinceShortForm && PlaceContext.EndsInSideOfAnotherWord(text, form, end));
    }

    private void Mention(ExtractionContext context, Division division, string writtenName, int offset)
    {
        var span = new SourceSpan(offset, writtenName.Length);
        RegionEntities.Mention(context, division, writtenName, span);
        for (var parent = _gazetteer.ParentOf(division); parent is not null; parent = _gazetteer.ParentOf(parent))
        {
            RegionEntities.Imply(context, parent, span);
        }
    }

    // County stems that the context makes places: one before a school word, or a list of two or more; null when none.
    private List<Place>? StemsAt(string text, int start)
    {
        if (StemAt(text, start) is not { } first)
        {
            return null;
        }

        var stems = new List<Place>();
        for (Place? stem = first; stem is not null; stem = StemAt(text, stem.End + 1))
        {
            stems.Add(stem);
            if (stem.End + 1 >= text.Length || text[stem.End] is not ('、' or '和' or '及' or '与'))
            {
                break;
            }
        }

        return stems.Count == 1 && _schoolWords.At(text, stems[0].End) is null ? null : stems;
    }

    private Place? StemAt(string text, int start)
    {
        for (var length = Math.Min(LongestStem, text.Length - start); length >= 2; length--)
        {
            var stem = text.AsSpan(start, length);
            // A list may mix bare stems with curated county stems (盐源、木里、雷波).
            if ((_gazetteer.LookupCountyStem(stem) ?? _gazetteer.Lookup(stem)) is { Level: RegionLevels.County } division)
            {
                return new Place(stem.ToString(), division, start);
            }
        }

        return null;
    }

    // The longest short form or stem of a prefecture outside Sichuan written at start (安阳, 西双版纳), or null.
    private Place? PrefectureNameAt(string text, int start)
    {
        for (var length = Math.Min(_gazetteer.LongestContextualName, text.Length - start); length >= 2; length--)
        {
            var name = text.AsSpan(start, length);
            if (_gazetteer.LookupContextualName(name) is { Level: RegionLevels.Prefecture } division)
            {
                return new Place(name.ToString(), division, start);
            }
        }

        return null;
    }

    // 河南安阳: right after its province. 绍兴—乐山, 乐山—绍兴: joined to a place.
    private static bool IsPlace(string text, Place name, List<Place> places) =>
        places.Any(place => place.End == name.Start && place.Division.Name == name.Division.Parent)
        || places.Any(place => IsJoined(text, place, name, name) || IsJoined(text, name, place, name));

    // A dash pairs two places outright (绍兴—乐山职教联盟); 、 与 和 及 only where the name ends a word (乐山与新乡村).
    private static bool IsJoined(string text, Place first, Place second, Place name)
    {
        var joiner = PlaceContext.JoinerLength(text, first.End);
        return joiner > 0 && first.End + joiner == second.Start
            && (PlaceContext.IsDash(text[first.End]) || PlaceContext.EndsWord(text, name.End));
    }

    // 高县 in 提高县中 is not 高县: short level-suffixed names must not continue another word; after its parent's level
    // character or a function word (与渠县, 在理县) one starts.
    private static bool StartsWord(string text, int start, string form) =>
        form.Length > 2 || form[^1] is not ('县' or '区') || start == 0
        || !ChineseText.IsIdeograph(text[start - 1]) || "省市州与和及在向到赴至从由".Contains(text[start - 1], StringComparison.Ordinal);

    private sealed record Place(string Name, Division Division, int Start)
    {
        public int End => Start + Name.Length;
    }
}
