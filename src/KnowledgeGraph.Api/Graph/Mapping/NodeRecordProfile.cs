using System.Globalization;
using AutoMapper;
using KnowledgeGraph.Domain.Articles;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Funding;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.People;
using KnowledgeGraph.Domain.Plans;
using KnowledgeGraph.Domain.Programs;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Schools;
using KnowledgeGraph.Domain.Targets;
using KnowledgeGraph.Domain.TeacherStudios;
using KnowledgeGraph.Domain.Units;

namespace KnowledgeGraph.Api.Graph.Mapping;

/// <summary>Maps the store's node records (id, label, properties) to the typed objects the GraphQL layer serves.</summary>
public sealed class NodeRecordProfile : Profile
{
    /// <summary>One map per node label; every destination member is mapped explicitly (checked by a test).</summary>
    public NodeRecordProfile()
    {
        CreateMap<NodeRecord, Document>()
            .ForMember(d => d.FileName, o => o.MapFrom(s => Text(s, PropertyNames.FileName)))
            .ForMember(d => d.Title, o => o.MapFrom(s => s.GetString(PropertyNames.Title)))
            .ForMember(d => d.Number, o => o.MapFrom(s => s.GetString(PropertyNames.Number)))
            .ForMember(d => d.Date, o => o.MapFrom(s => Date(s, PropertyNames.Date)));

        CreateMap<NodeRecord, Plan>()
            .ForMember(d => d.Title, o => o.MapFrom(s => Text(s, PropertyNames.Title)))
            .ForMember(d => d.Ordinal, o => o.MapFrom(s => Integer(s, PropertyNames.Ordinal)));

        CreateMap<NodeRecord, Measure>()
            .ForMember(d => d.Number, o => o.MapFrom(s => Integer(s, PropertyNames.Number)))
            .ForMember(d => d.NumberAsWritten, o => o.MapFrom(s => s.GetString(PropertyNames.NumberAsWritten)))
            .ForMember(d => d.Ordinal, o => o.MapFrom(s => Integer(s, PropertyNames.Ordinal)))
            .ForMember(d => d.Title, o => o.MapFrom(s => Text(s, PropertyNames.Title)))
            .ForMember(d => d.Text, o => o.MapFrom(s => Text(s, PropertyNames.Text)))
            .ForMember(d => d.Section, o => o.MapFrom(s => s.GetString(PropertyNames.Section)))
            .ForMember(d => d.Deadline, o => o.MapFrom(s => s.GetString(PropertyNames.Deadline)))
            .ForMember(d => d.ResponsibilityRule, o => o.MapFrom(s => ResponsibilityRule(s)))
            .ForMember(d => d.Evidence, o => o.MapFrom(s => Domain.Graph.Evidence.ReadFrom(s.Properties)));

        // What every entity shares is mapped once; each kind's map adds its own members.
        CreateMap<NodeRecord, Entity>()
            .ForMember(d => d.Name, o => o.MapFrom(s => Text(s, PropertyNames.Name)))
            .ForMember(d => d.Aliases, o => o.MapFrom(s => Strings(s, PropertyNames.Aliases)))
            .ForMember(d => d.Evidence, o => o.MapFrom(s => Domain.Graph.Evidence.ReadFrom(s.Properties)));

        EntityMap<Unit>();
        EntityMap<EducationProgram>();
        EntityMap<Region>()
            .ForMember(d => d.Level, o => o.MapFrom(s => s.GetString(PropertyNames.Level)))
            .ForMember(d => d.Code, o => o.MapFrom(s => s.GetString(PropertyNames.Code)));
        EntityMap<School>()
            .ForMember(d => d.Type, o => o.MapFrom(s => s.GetString(PropertyNames.SchoolType)));
        EntityMap<TeacherStudio>()
            .ForMember(d => d.Level, o => o.MapFrom(s => s.GetString(PropertyNames.Level)))
            .ForMember(d => d.Count, o => o.MapFrom(s => OptionalInteger(s, PropertyNames.Count)))
            .ForMember(d => d.Members, o => o.MapFrom(s => OptionalInteger(s, PropertyNames.Members)))
            .ForMember(d => d.Year, o => o.MapFrom(s => OptionalInteger(s, PropertyNames.Year)));
        EntityMap<FundingLine>()
            .ForMember(d => d.AmountYuanMin, o => o.MapFrom(s => OptionalLong(s, PropertyNames.AmountYuanMin)))
            .ForMember(d => d.AmountYuanMax, o => o.MapFrom(s => OptionalLong(s, PropertyNames.AmountYuanMax)))
            .ForMember(d => d.Period, o => o.MapFrom(s => s.GetString(PropertyNames.Period)))
            .ForMember(d => d.PerUnit, o => o.MapFrom(s => s.GetString(PropertyNames.PerUnit)))
            .ForMember(d => d.Payer, o => o.MapFrom(s => s.GetString(PropertyNames.Payer)))
            .ForMember(d => d.Purpose, o => o.MapFrom(s => s.GetString(PropertyNames.Purpose)))
            .ForMember(d => d.Text, o => o.MapFrom(s => s.GetString(PropertyNames.Text)));
        EntityMap<Target>()
            .ForMember(d => d.Indicator, o => o.MapFrom(s => s.GetString(PropertyNames.Indicator)))
            .ForMember(d => d.Value, o => o.MapFrom(s => s.GetString(PropertyNames.Value)))
            .ForMember(d => d.Year, o => o.MapFrom(s => OptionalInteger(s, PropertyNames.Year)))
            .ForMember(d => d.Text, o => o.MapFrom(s => s.GetString(PropertyNames.Text)));
        EntityMap<Person>()
            .ForMember(d => d.Titles, o => o.MapFrom(s => Strings(s, PropertyNames.Titles)));
        EntityMap<Article>()
            .ForMember(d => d.Genre, o => o.MapFrom(s => s.GetString(PropertyNames.Genre)))
            .ForMember(d => d.Section, o => o.MapFrom(s => s.GetString(PropertyNames.Section)))
            .ForMember(d => d.Text, o => o.MapFrom(s => s.GetString(PropertyNames.Text)))
            .ForMember(d => d.Ordinal, o => o.MapFrom(s => Integer(s, PropertyNames.Ordinal)));
    }

    private IMappingExpression<NodeRecord, T> EntityMap<T>()
        where T : Entity =>
        CreateMap<NodeRecord, T>().IncludeBase<NodeRecord, Entity>();

    // The rule is stored flat (Neo4j properties hold no maps); its evidence is in the measure's document.
    private static ResponsibilityRule? ResponsibilityRule(NodeRecord record) =>
        Enum.TryParse<ResponsibilityRuleKind>(record.GetString(PropertyNames.ResponsibilityRule), out var kind)
        && record.GetString(PropertyNames.ResponsibilityRuleStatement) is { } statement
        && record.GetString(PropertyNames.EvidenceDocumentId) is { } documentId
            ? new ResponsibilityRule
            {
                Kind = kind,
                Statement = statement,
                Evidence = new Domain.Graph.Evidence(
                    documentId,
                    Integer(record, PropertyNames.ResponsibilityRuleOffset),
                    Integer(record, PropertyNames.ResponsibilityRuleLength),
                    statement),
            }
            : null;

    private static string Text(NodeRecord record, string name) => record.GetString(name) ?? string.Empty;

    private static int Integer(NodeRecord record, string name) => OptionalInteger(record, name) ?? 0;

    private static int? OptionalInteger(NodeRecord record, string name) => (int?)OptionalLong(record, name);

    private static long? OptionalLong(NodeRecord record, string name) =>
        record.Properties.GetValueOrDefault(name) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    private static DateOnly? Date(NodeRecord record, string name) =>
        DateOnly.TryParseExact(record.GetString(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static IReadOnlyList<string> Strings(NodeRecord record, string name) =>
        record.Properties.GetValueOrDefault(name) as IReadOnlyList<string> ?? [];
}
