using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Extraction.Responsibility;

namespace KnowledgeGraph.Extraction.Tests.Specs;

/// <summary>
/// The compact dump each spec compares against, by spec name. Spans print as <c>start-end</c> (end exclusive) in
/// the normalised text.
/// </summary>
public static class SpecDumps
{
    private static readonly Dictionary<string, Func<ExtractionContext, IEnumerable<string>>> Dumps = new(StringComparer.Ordinal)
    {
        ["PdfLineJoiner"] = c => c.Text.Paragraphs.Select(p => $"¶ {p.Span} {p.Text}"),
        ["DocumentNumberRecognizer"] = c => c.Header.Number is { } n ? [$"Number {n.Value} {n.Span}"] : [],
        ["DocumentTitleRecognizer"] = c => c.Header.Title is { } t ? [$"Title {t.Value} {t.Span}"] : [],
        ["IssueDateRecognizer"] = c => c.Header.Date is { } d ? [$"Date {d.Value} {d.Span}"] : [],
        ["IssuerRecognizer"] = c => c.Header.Issuers.Select(i => $"Issuer {i.Name} {i.Span}"),
        ["IssuingRegionRecognizer"] = c => c.Region is { } r ? [$"Region {r.Name} {r.Span}"] : [],
        ["PlanRecognizer"] = c => c.Plans.Select(p => $"Plan {p.Ordinal} {p.Title} {p.TitleParagraph.Span}"),
        ["MeasureRecognizer"] = c => c.Measures.Select(m => $"Measure {m.Key} {m.NumberAsWritten} {m.Title} § {m.Section ?? "-"} {m.Span}{(m.Deadline is null ? string.Empty : " by " + m.Deadline)}"),
        ["ResponsibilityRecognizer"] = c => c.Responsibilities.SelectMany(b => b.Units.Select(u =>
            $"{(u.Role == ResponsibilityRole.Lead ? "Lead" : "Co")} {u.Mention.Name} {u.Mention.Span}")),
        ["UnitResolver"] = c => c.Units.All.Select(u => $"Unit {u.Name} [{string.Join(", ", u.Aliases)}] {u.FirstMention}"),
        ["IssuedByRecognizer"] = c => Relationships(c, RelationshipTypes.IssuedBy),
        ["PlanPartOfDocumentRecognizer"] = c => Relationships(c, RelationshipTypes.PartOf).Where(r => r.StartsWith("PART_OF plan:", StringComparison.Ordinal)),
        ["MeasurePartOfPlanRecognizer"] = c => Relationships(c, RelationshipTypes.PartOf).Where(r => r.StartsWith("PART_OF measure:", StringComparison.Ordinal)),
        ["ResponsibilityRelationshipRecognizer"] = c => Relationships(c, RelationshipTypes.LedBy, RelationshipTypes.CoLedBy),
        ["RegionRecognizer"] = Regions,
        ["SelfReferenceRegionRecognizer"] = Regions,
        ["RegionPartOfRecognizer"] = c => Relationships(c, RelationshipTypes.PartOf).Where(r => r.StartsWith("PART_OF region:", StringComparison.Ordinal)),
        ["CollectiveUnitCoversRecognizer"] = c => Relationships(c, RelationshipTypes.Covers),
        ["BulletinItemRecognizer"] = Articles,
        ["NewsStoryRecognizer"] = Articles,
        ["CityReportRecognizer"] = Articles,
        ["NoticeRecognizer"] = Articles,
        ["ArticleResolver"] = c => c.Entities[EntityKind.Article].All.Select(a =>
            $"Article {NodeIds.KeyOf(a.Id)} {a.Name} {a.Properties[PropertyNames.Genre]} {a.FirstMention}"),
        ["ArticleRelationshipRecognizer"] = c => Relationships(c, RelationshipTypes.PartOf, RelationshipTypes.ReportedBy)
            .Where(r => r.Contains(" article:", StringComparison.Ordinal))
            .Concat(Relationships(c, RelationshipTypes.AuthoredBy)),
        ["SchoolRecognizer"] = c => c.Schools.Select(s =>
            $"School {s.Name} {s.Type} {s.Region?.Name ?? "-"} {s.Span}{Resolved(c.Entities[EntityKind.School].Find(s.Name)!, s.Name)}"),
        ["SchoolLocatedInRecognizer"] = c => Relationships(c, RelationshipTypes.LocatedIn).Where(r => r.StartsWith("LOCATED_IN school:", StringComparison.Ordinal)),
        ["ProgramRecognizer"] = c => c.Programs.Select(p => $"Program {p.Name} {p.Span}{Resolved(c.Entities[EntityKind.Program].Find(p.Name)!, p.Name)}"),
        ["ProgramRunByRecognizer"] = c => Relationships(c, RelationshipTypes.RunBy, RelationshipTypes.LocatedIn)
            .Where(r => r.Contains(" program:", StringComparison.Ordinal)),
        ["FundingRecognizer"] = c => c.Funding.Select(f =>
            $"Funding {f.Written} {f.MinYuan?.ToString(CultureInfo.InvariantCulture) ?? "-"}..{f.MaxYuan?.ToString(CultureInfo.InvariantCulture) ?? "-"} " +
            $"period={f.Period ?? "-"} per={f.PerUnit ?? "-"} payer={f.Payer ?? "-"} purpose={f.Purpose ?? "-"} {f.Span}"),
        ["FundingRelationshipRecognizer"] = c => Relationships(c, RelationshipTypes.Funds, RelationshipTypes.PaidBy),
        ["TargetRecognizer"] = c => c.Targets.Select(t => $"Target {t.Year} {t.Indicator} = {t.Value} {t.Span}"),
        ["TargetRelationshipRecognizer"] = c => Relationships(c, RelationshipTypes.HasTarget),
        ["PersonRecognizer"] = c => c.People.Select(p => $"Person {p.Name} {p.Span} [{string.Join("; ", p.Titles.Select(t => t.Title))}]"),
        ["BylineRecognizer"] = PeopleWithRoles,
        ["QuotedPersonRecognizer"] = PeopleWithRoles,
        ["PersonHoldsPostRecognizer"] = c => Relationships(c, RelationshipTypes.HoldsPost),
        ["TeacherStudioRecognizer"] = c => c.Entities[EntityKind.TeacherStudio].All.Select(s =>
            $"Studio {s.Name} level={Property(s, PropertyNames.Level)} count={Property(s, PropertyNames.Count)} " +
            $"members={Property(s, PropertyNames.Members)} year={Property(s, PropertyNames.Year)} {s.FirstMention}"),
        ["TeacherStudioRelationshipRecognizer"] = c => Relationships(c, RelationshipTypes.LocatedIn, RelationshipTypes.Funds)
            .Where(r => r.Contains("teacherStudio:", StringComparison.Ordinal)),
        ["CompanyRecognizer"] = c => c.Companies.Select(u => $"Company {u.Name} {u.Span}"),
        ["UnitRecognizer"] = c => c.NamedUnits.Select(u => $"Named {u.Name} {u.Form}{(u.Region is null ? string.Empty : " of " + u.Region)} {u.Index}-{u.End}"),
        ["MentionedInRecognizer"] = c => Relationships(c, RelationshipTypes.MentionedIn),
    };

    public static bool Has(string spec) => Dumps.ContainsKey(spec);

    public static IReadOnlyList<string> Dump(string spec, ExtractionContext context)
    {
        var lines = Dumps[spec](context).ToList();
        return lines.Count == 0 ? ["(none)"] : lines;
    }

    private static object Property(Entities.ExtractedEntity entity, string name) =>
        entity.Properties.TryGetValue(name, out var value) && value is not null ? value : "-";

    // People with the titles their entity gathered (a byline's role, a speaker word) and whether they wrote the story.
    private static IEnumerable<string> PeopleWithRoles(ExtractionContext context) =>
        context.People.Select(p =>
            $"Person {p.Name} {p.Span} [{string.Join("; ", (IEnumerable<string>)context.Entities[EntityKind.Person].Find(p.Name)!.Properties[PropertyNames.Titles]!)}]" +
            (p.IsAuthor ? " author" : string.Empty));

    private static IEnumerable<string> Regions(ExtractionContext context) =>
        context.Entities[EntityKind.Region].All.Select(r =>
            $"Region {r.Name} [{string.Join(", ", r.Aliases)}] {r.Properties[PropertyNames.Level]} {r.Properties[PropertyNames.Code]} " +
            (r.Mentions.Count == 0 ? "implied" : string.Join(" ", r.Mentions)));

    private static IEnumerable<string> Articles(ExtractionContext context) =>
        context.Articles.Select(a =>
            $"{a.Genre} {a.Span} {a.Title} § {a.Section ?? "-"} by [{string.Join(", ", a.Reporters.Select(r => $"{r.Name} {r.Span}"))}]");

    // Ids are shortened by the document key (every example is spec.txt), so the dumps stay readable.
    private static IEnumerable<string> Relationships(ExtractionContext context, params string[] types) =>
        context.Relationships
            .Where(r => types.Contains(r.Type))
            .Select(r =>
            {
                var evidence = Evidence.ReadFrom(r.Properties)!;
                return $"{r.Type} {Short(r.StartId)} -> {Short(r.EndId)} {evidence.Offset}-{evidence.Offset + evidence.Length}";
            });

    // " = 职业学校办学条件达标工程" when a mention resolved to an entity of another name.
    private static string Resolved(Entities.ExtractedEntity entity, string writtenName) =>
        entity.Name == writtenName ? string.Empty : $" = {entity.Name}";

    private static string Short(string id) => id.Replace("spec/", string.Empty, StringComparison.Ordinal);
}
