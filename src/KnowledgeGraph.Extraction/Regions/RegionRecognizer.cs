using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Schools;

namespace KnowledgeGraph.Extraction.Regions;

/// <summary>
/// Regions: every written form of a gazetteer division (凉山彝族自治州, 凉山州, 西昌市, 北川县, 四川, 重庆 …; see
/// <see cref="Gazetteer"/> for which forms count), longest first, so 凉山州财政局 names 凉山彝族自治州 and 四川省
/// names the province rather than 四川. A two-character name ending in 县 or 区 (高县, 理县, 东区) must start a
/// word: it does not count after another Chinese character (提高县中, 城东区域) unless that is the 省, 市 or 州 of its
/// parent (宜宾市高县). A county's bare stem (西昌, 昭觉) counts only where the context makes it a place: right before
/// a school word (昭觉中学, 犍为一中; <see cref="SchoolNameWords"/>), or in a list of at least two county stems joined
/// by 、 和 及 与 (盐源、木里、雷波; 西昌、普格、昭觉和美姑). Each mentioned division implies its parents up to the
/// province, which become regions without a mention.
/// </summary>
/// <param name="gazetteer">The divisions to recognise; <see cref="Gazetteer.Sichuan"/> when null.</param>
/// <param name="schoolWords">Words that end a school's name; <see cref="SchoolNameWords.Default"/> when null.</param>
public sealed class RegionRecognizer(Gazetteer? gazetteer = null, SchoolNameWords? schoolWords = null) : IRecognizer
{
    private const int LongestStem = 4;

    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Sichuan;
    private readonly SchoolNameWords _schoolWords = schoolWords ?? SchoolNameWords.Default;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;
            for (var i = 0; i < text.Length;)
            {
                var start = i;
                if (_gazetteer.LongestMatch(text, start, (form, _) => StartsWord(text, start, form)) is { } match)
                {
                    Mention(context, match.Division, match.Form, paragraph.Span.Start + i);
                    i += match.Form.Length;
                }
                else if (StemsAt(text, start) is { Count: > 0 } stems)
                {
                    foreach (var (stem, division, offset) in stems)
                    {
                        Mention(context, division, stem, paragraph.Span.Start + offset);
                    }

                    i = stems[^1].Offset + stems[^1].Stem.Length;
                }
                else
                {
                    i++;
                }
            }
        }
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

    // County stems that the context makes places: one before a school word, or a list of two or more.
    private List<(string Stem, Division Division, int Offset)> StemsAt(string text, int start)
    {
        var stems = new List<(string Stem, Division Division, int Offset)>();
        for (var offset = start; StemAt(text, offset) is { } stem;)
        {
            stems.Add((stem.Stem, stem.Division, offset));
            var next = offset + stem.Stem.Length;
            if (next + 1 >= text.Length || text[next] is not ('、' or '和' or '及' or '与'))
            {
                break;
            }

            offset = next + 1;
        }

        if (stems.Count == 1 && _schoolWords.At(text, start + stems[0].Stem.Length) is null)
        {
            stems.Clear();
        }

        return stems;
    }

    private (string Stem, Division Division)? StemAt(string text, int start)
    {
        for (var length = Math.Min(LongestStem, text.Length - start); length >= 2; length--)
        {
            var stem = text.Substring(start, length);
            // A list may mix bare stems with curated county stems (盐源、木里、雷波).
            if ((_gazetteer.LookupCountyStem(stem) ?? _gazetteer.Lookup(stem)) is { Level: RegionLevels.County } division)
            {
                return (stem, division);
            }
        }

        return null;
    }

    // 高县 in 提高县中 is not 高县: short level-suffixed names must not continue another word.
    private static bool StartsWord(string text, int start, string form) =>
        form.Length > 2 || form[^1] is not ('县' or '区') || start == 0
        || !ChineseText.IsIdeograph(text[start - 1]) || text[start - 1] is '省' or '市' or '州';
}
