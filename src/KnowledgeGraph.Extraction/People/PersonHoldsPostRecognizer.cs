using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Reference;
using KnowledgeGraph.Extraction.Regions;
using KnowledgeGraph.Extraction.Units;

namespace KnowledgeGraph.Extraction.People;

/// <summary>
/// Later pass: a person HOLDS_POST in the unit each title names, with the title as evidence. A title's unit is the
/// title without the post words that end it (教育厅党组书记 → 教育厅), or what stands before 的 (…有限公司的相关负责人);
/// a bare post (厅长, 一级巡视员) names no unit of its own, and a school's name (乐山第一中学教师) names the school.
/// Names are resolved as every unit's (<see cref="UnitNaming"/>):
/// 省委教育工委 is 四川省委教育工委, a department named by 厅 alone (教育厅) is 四川省教育厅, 省政府 is 四川省人民政府 —
/// and a 市X after a city (重庆市委…、市教委主任) is that city's X. The written name stays an alias.
/// </summary>
/// <param name="gazetteer">The divisions; <see cref="Gazetteer.Default"/> when null.</param>
/// <param name="posts">Post words; the reference file's when null.</param>
public sealed partial class PersonHoldsPostRecognizer(Gazetteer? gazetteer = null, IReadOnlyList<string>? posts = null) : IRecognizer
{
    private static readonly Lazy<IReadOnlyList<string>> DefaultPosts = new(() =>
        [.. ReferenceData.ReadCsv("post-titles.csv").Select(row => row["title"]).OrderByDescending(p => p.Length)]);

    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Default;
    private readonly IReadOnlyList<string> _posts = posts?.OrderByDescending(p => p.Length).ToList() ?? DefaultPosts.Value;

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var naming = UnitNaming.For(context, _gazetteer);
        foreach (var mention in context.People)
        {
            var person = context.Entities[EntityKind.Person].Find(mention.Name)!;
            string? city = null;
            foreach (var (title, span) in mention.Titles)
            {
                foreach (var part in title.Split('、'))
                {
                    var unit = StripPosts(part.Trim());
                    if (unit.Length < 2)
                    {
                        continue;
                    }

                    if (CityRegex().Match(unit) is { Success: true } cityMatch)
                    {
                        city = cityMatch.Groups["city"].Value;
                    }

                    // A teacher's post is in a school (乐山第一中学教师), which is not a unit.
                    var post = context.Entities[EntityKind.School].Find(unit)
                        ?? context.Units.Register(unit, span, naming.Canonical(unit, city));
                    context.AddRelationship(RelationshipTypes.HoldsPost, person.Id, post.Id, span);
                }
            }
        }
    }

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
