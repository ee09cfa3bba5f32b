using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Schools;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// Later pass: a person HOLDS_POST in the unit each title names, with the title as evidence. A title's unit is the
/// title without the post words that end it (教育厅党组书记 → 教育厅), or what stands before 的 (…有限公司的相关负责人);
/// a bare post (厅长, 一级巡视员) names no unit of its own. A name ending with a school word (乐山第一中学教师,
/// 宜宾市翠屏区和江安中学校长) names a school — the school entity it ends with, if any — never a unit; a name opening
/// with a bare school word (学院党委书记, 学校校长) is the school the text speaks of, which cannot be told here, and a
/// region's name alone (江安县、…校长) says where, not in which unit: neither names a unit, and nor does a teacher
/// studio its host leads (名师工作室主持人) or a school's grade (高三年级主任).
/// Names are resolved as every unit's (<see cref="UnitNaming"/>):
/// 省委教育工委 is 四川省委教育工委, a department named by 厅 alone (教育厅) is 四川省教育厅, 省政府 is 四川省人民政府 —
/// a 市X after a city (重庆市委…、市教委主任) is that city's X, and 该县X the county the text named last (汶川县X).
/// The written name stays an alias.
/// </summary>
/// <param name="gazetteer">The divisions.</param>
/// <param name="people">The post words.</param>
/// <param name="schoolWords">Words that end a school's name.</param>
/// <param name="studioWords">Words that end a teacher studio's name (名师工作室, 工作坊).</param>
public sealed partial class PersonHoldsPostRecognizer(Gazetteer gazetteer, PersonWords people, SchoolNameWords schoolWords, IReadOnlyList<string> studioWords) : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Issuers, ExtractionFact.IssuingRegion, ExtractionFact.RegionMentions, ExtractionFact.Schools, ExtractionFact.People, ExtractionFact.Plans, ExtractionFact.Articles, ExtractionFact.UnitNaming];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.Posts, ExtractionFact.PostUnits];

    // A studio's name ends with a studio word; a grade's with 年级.
    private readonly string[] _noUnitEndings = [.. studioWords, "年级"];

    private readonly Gazetteer _gazetteer = gazetteer;
    private readonly IReadOnlyList<string> _posts = [.. people.Posts.Select(post => post.Word).OrderByDescending(p => p.Length)];
    private readonly SchoolNameWords _schoolWords = schoolWords;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A post's unit is named as the resolver named the document's units; without it no unit is resolved.
        if (context.UnitNaming is not { } naming)
        {
            return;
        }

        foreach (var mention in context.People)
        {
            var person = context.Entities[EntityKind.Person].Find(mention.Name)!;
            string? city = null;
            foreach (var (title, span) in mention.Titles)
            {
                foreach (var part in title.Split('、'))
                {
                    var unit = StripPosts(part.Trim());
                    if (unit.Length < 2 || _gazetteer.Lookup(unit) is not null || _schoolWords.At(unit, 0) is not null || IsStudioOrGrade(unit))
                    {
                        continue;
                    }

                    if (CityRegex().Match(unit) is { Success: true } cityMatch)
                    {
                        city = cityMatch.Groups["city"].Value;
                    }

                    // A teacher's post is in a school (乐山第一中学教师), which is not a unit; 该县教育局, or 县教育局
                    // where the document's county is unknown, is no one's.
                    var canonical = naming.Canonical(unit, naming.ReferredRegion(unit, context.Text.Text, span.Start) ?? city);
                    var post = context.Entities[EntityKind.School].Find(unit)
                        ?? (_schoolWords.EndsWithSchoolWord(unit) ? SchoolEnding(context, unit)
                        : (naming.IsReferring(unit) || naming.IsRelative(unit)) && canonical == unit ? null
                        : context.Units.Register(unit, span, canonical));
                    if (post is not null)
                    {
                        context.AddRelationship(RelationshipTypes.HoldsPost, person.Id, post.Id, span);
                    }
                }
            }
        }
    }

    // A teacher studio is hosted (名师工作室主持人) and a grade is a school's (高三年级主任): neither is a unit.
    private bool IsStudioOrGrade(string name) => _noUnitEndings.Any(ending => name.EndsWith(ending, StringComparison.Ordinal));

    // The school a name ends with (宜宾市翠屏区和江安中学 → 江安中学): the longest such school entity.
    private static ExtractedEntity? SchoolEnding(ExtractionContext context, string name) =>
        context.Entities[EntityKind.School].All
            .Where(school => school.Name.Length > 1 && name.EndsWith(school.Name, StringComparison.Ordinal))
            .MaxBy(school => school.Name.Length);

    private string StripPosts(string title)
    {
        // 通威农业发展有限公司的相关负责人: the unit is what stands before 的.
        var of = title.LastIndexOf('的');
        if (of > 0)
        {
            return title[..of];
        }

        if (_posts.Contains(title, StringComparer.Ordinal))
        {
            return string.Empty;
        }

        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var post in _posts)
            {
                if (title.Length > post.Length && title.EndsWith(post, StringComparison.Ordinal))
                {
                    title = title[..^post.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return _posts.Contains(title, StringComparer.Ordinal) || title.StartsWith('副') ? string.Empty : title;
    }

    [GeneratedRegex("^(?<city>\\p{IsCJKUnifiedIdeographs}{1,4}?市)委")]
    private static partial Regex CityRegex();
}
