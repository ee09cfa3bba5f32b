using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Normalization;
using KnowledgeGraph.Extraction.Regions;

namespace KnowledgeGraph.Extraction.Schools;

/// <summary>
/// Schools: a name that ends with a school word — one that is not followed by 学 (第一中学 ends at 中学), 生
/// (大学生 are students) or, after 院, 校 (高职院校) — (大学, 职业技术学院, 中学, 一中 …; <see cref="SchoolNameWords"/>), typed
/// by that word, in one of three shapes. Most names start with one or more places (四川, 成都, 四川省苍溪县, the county
/// stem 犍为) followed by at most <see cref="MaxBody"/> more characters (成都[中医药]大学, 乐山[第一]中学); the school is
/// located in the most specific of those places. A word that names a kind of school right after a prefecture or
/// province written with its level character (《凉山州中等职业学校办学质量评估实施方案》, 凉山州幼儿园（点）) is no
/// school, while a county's (大英县中等职业技术学校) is its one school. A university, college or 附中 may be named
/// without a place (西南石油大学, 川北医学院, 川大附中): two to six characters after a break (punctuation, a space, 在 与
/// 和 …) or a verb of <c>seeds/reference/school-name-lead-words.csv</c> (支持甘孜职业学院); so may any school that
/// follows another school and 、 in a list (成都七中、石室中学、树德中学). A school's affiliated school
/// (南充职业技术学院附属中学, 四川大学附中) is one school, named in full. A name holding a phrase of
/// <c>seeds/reference/school-name-stops.csv</c> (中小学, 省级示范性…, 产业学院, 乡村学校) or a lead verb (美姑新建职业学校)
/// is not a school, nor one whose body opens with a conjunction (宜宾市翠屏区和江安中学 names 江安中学). A name with an
/// abbreviated word (广安职院, 四川大学附中) is the school the document also names in full (广安职业技术学院).
/// </summary>
/// <param name="gazetteer">The divisions.</param>
/// <param name="words">Words that end a school's name.</param>
/// <param name="stops">Phrases that no school name holds.</param>
/// <param name="leadWords">Verbs that stand right before a school's name, never inside it.</param>
public sealed class SchoolRecognizer(Gazetteer gazetteer, SchoolNameWords words, IReadOnlyList<string> stops, IReadOnlyList<string> leadWords) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Schools];

    /// <summary>The longest run of characters between a school's places and its school word.</summary>
    public const int MaxBody = 5;

    private const string Breaks = "在与和及、由向对从为将以到的了是，。；：“”（）()《》 \n";

    private readonly Gazetteer _gazetteer = gazetteer;
    private readonly SchoolNameWords _words = words;
    private readonly IReadOnlyList<string> _stops = stops;
    private readonly IReadOnlyList<string> _leadWords = leadWords;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var paragraph in context.Text.Paragraphs)
        {
            var text = paragraph.Text;
            var lastSchoolEnd = -1;
            for (var w = 0; w < text.Length; w++)
            {
                // A school word ends the name: not when 学 goes on (第一中学 ends at 中学) or 生 (大学生 are students).
                if (WordAt(text, w) is not { } word || !EndsName(text, w + word.Word.Length, word))
                {
                    continue;
                }

                var end = w + word.Word.Length;
                if ((PlacedStart(text, lastSchoolEnd, w, end, word) ?? UnplacedStart(text, w, end, word) ?? SiblingStart(text, w, end, lastSchoolEnd)) is { } start)
                {
                    if (AffiliatedSchoolAt(text, end) is { } affiliated)
                    {
                        (end, word) = affiliated;
                    }

                    lastSchoolEnd = end;
                    var span = SourceSpan.FromBounds(paragraph.Span.Start + start.Offset, paragraph.Span.Start + end);
                    var name = ChineseText.RemoveWhitespace(text[start.Offset..end]);
                    var school = context.Entities[EntityKind.School].Register(name, span, FullName(name, word, context.Text));
                    school.Properties[PropertyNames.SchoolType] = word.Type;
                    context.Schools.Add(new SchoolMention(name, span, word.Type, start.Region));
                }

                w = end - 1;
            }
        }
    }

    // The earliest start after the previous school from which places, then at most MaxBody characters (none for a
    // bodyless word), lead up to the school word.
    private (int Offset, Division? Region)? PlacedStart(string text, int lastSchoolEnd, int wordStart, int end, SchoolWord word)
    {
        for (var p = Math.Max(Math.Max(0, lastSchoolEnd), wordStart - 16); p < wordStart; p++)
        {
            Division? region = null;
            var q = p;
            while (q < wordStart && Place(text, q, wordStart) is { } place)
            {
                region = place.Division;
                q += place.Length;
            }

            // 宜宾市翠屏区和江安中学: a body opening with a conjunction joins a place to another school's name.
            if (region is not null
                && !(q < wordStart && "和与及或".Contains(text[q], StringComparison.Ordinal))
                && !(q == wordStart && NamesKindOfSchool(word, region, text[q - 1]))
                && wordStart - q <= (word.Bodyless ? 0 : MaxBody)
                && text[q..wordStart].All(c => ChineseText.IsIdeograph(c) || char.IsAsciiDigit(c))
                && !HoldsStop(text[p..end]))
            {
                return (p, region);
            }
        }

        return null;
    }

    // 第一中学 ends at 中学, not 一中; 大学生 are students; 高职院校 are no 职院.
    private static bool EndsName(string text, int end, SchoolWord word) =>
        end == text.Length || !(text[end] is '学' or '生' || (text[end] == '校' && word.Word[^1] == '院'));

    // 广安职院 is 广安职业技术学院 where the document writes that; else, ambiguous, it stays as written.
    private static string FullName(string name, SchoolWord word, NormalizedText text) =>
        word.Abbreviates
            .Select(full => name[..^word.Word.Length] + full)
            .FirstOrDefault(text.Writes)
        ?? name;

    // The school word at index; in 江安中学校长 the 校 opens 校长, so the word is 中学, not 中学校.
    private SchoolWord? WordAt(string text, int index) =>
        _words.At(text, index) is { } word && word.Word[^1] == '校' && index + word.Word.Length < text.Length && text[index + word.Word.Length] == '长'
            ? _words.At(text[..(index + word.Word.Length - 1)], index)
            : _words.At(text, index);

    // 凉山州 + 幼儿园 are the prefecture's kindergartens; 大英县 + 中等职业技术学校 is the county's one school.
    private static bool NamesKindOfSchool(SchoolWord word, Division region, char placeEnd) => word.Category switch
    {
        SchoolCategory.AfterAnyPlace => true,
        SchoolCategory.AfterPrefecture => region.Level != RegionLevels.County && "省市州盟".Contains(placeEnd, StringComparison.Ordinal),
        _ => false,
    };

    // 南充职业技术学院 + 附属中学, 四川大学 + 附中: the school's affiliated school, whose end and word replace the school's.
    private (int End, SchoolWord Word)? AffiliatedSchoolAt(string text, int schoolEnd)
    {
        const string Affiliated = "附属";
        if (_words.At(text, schoolEnd) is { } direct && direct.Word[0] == Affiliated[0])
        {
            return (schoolEnd + direct.Word.Length, direct);
        }

        if (string.CompareOrdinal(text, schoolEnd, Affiliated, 0, Affiliated.Length) != 0)
        {
            return null;
        }

        var bodyStart = schoolEnd + Affiliated.Length;
        for (var w = bodyStart; w <= Math.Min(text.Length - 1, bodyStart + MaxBody) && ChineseText.IsIdeograph(text[w]); w++)
        {
            if (_words.At(text, w) is { } word)
            {
                return (w + word.Word.Length, word);
            }
        }

        return null;
    }

    private (Division Division, int Length)? Place(string text, int start, int limit)
    {
        if (_gazetteer.LongestMatch(text, start, (_, end) => end <= limit) is { } form)
        {
            return (form.Division, form.Form.Length);
        }

        for (var length = Math.Min(4, limit - start); length >= 2; length--)
        {
            if (_gazetteer.LookupCountyStem(text.AsSpan(start, length)) is { } county)
            {
                return (county, length);
            }
        }

        return null;
    }

    private bool HoldsStop(string name) => _stops.Any(name.Contains) || _leadWords.Any(name.Contains);

    // A name without a place starts after punctuation, a short function word (在 与 和 …) or a lead verb (支持).
    private bool StartsName(string text, int start) =>
        start == 0
        || Breaks.Contains(text[start - 1], StringComparison.Ordinal)
        || ChineseText.WordEndsAt(text, start, _leadWords);

    private bool HoldsSchoolWord(string text, int start, int end) =>
        Enumerable.Range(start, end - start).Any(i => _words.At(text, i, end) is not null);

    // 成都七中、石室中学、树德中学: after a school and 、, a name of two to six characters is a school too.
    private (int Offset, Division? Region)? SiblingStart(string text, int wordStart, int end, int lastSchoolEnd)
    {
        if (lastSchoolEnd < 0 || lastSchoolEnd >= wordStart)
        {
            return null;
        }

        var separator = text.LastIndexOf('、', wordStart - 1, wordStart - lastSchoolEnd);
        var p = separator + 1;
        return separator >= 0 && separator == lastSchoolEnd && wordStart - p is >= 1 and <= 6
            && text[p..wordStart].All(ChineseText.IsIdeograph) && !HoldsStop(text[p..end])
            ? (p, null)
            : null;
    }

    // 西南石油大学, 川北医学院, 川大附中: a name without a place, two to six characters after a break or lead verb.
    private (int Offset, Division? Region)? UnplacedStart(string text, int wordStart, int end, SchoolWord word)
    {
        if (!word.MayBeUnplaced)
        {
            return null;
        }

        for (var length = 2; length <= 6 && wordStart - length >= 0; length++)
        {
            var p = wordStart - length;
            if (!ChineseText.IsIdeograph(text[p]))
            {
                return null;
            }

            // 和学校学院: a name without a place holds no other school word.
            if (StartsName(text, p))
            {
                return HoldsStop(text[p..end]) || HoldsSchoolWord(text, p, wordStart) ? null : (p, null);
            }
        }

        return null;
    }
}
