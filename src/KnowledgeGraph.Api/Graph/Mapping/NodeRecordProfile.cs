using System.Globalization;
using AutoMapper;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Domain.Measures;
using KnowledgeGraph.Domain.Plans;
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
            .ForMember(d => d.Title, o => o.MapFrom(s => Text(s, PropertyNames.Title)))
            .ForMember(d => d.Text, o => o.MapFrom(s => Text(s, PropertyNames.Text)))
            .ForMember(d => d.Section, o => o.MapFrom(s => s.GetString(PropertyNames.Section)))
            .ForMember(d => d.Evidence, o => o.MapFrom(s => Domain.Graph.Evidence.ReadFrom(s.Properties)));

        CreateMap<NodeRecord, Unit>()
            .ForMember(d => d.Name, o => o.MapFrom(s => Text(s, PropertyNames.Name)))
            .ForMember(d => d.Aliases, o => o.MapFrom(s => Strings(s, PropertyNames.Aliases)));
    }

    private static string Text(NodeRecord record, string name) => record.GetString(name) ?? string.Empty;

    private static int Integer(NodeRecord record, string name) =>
        record.Properties.GetValueOrDefault(name) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;

    private static DateOnly? Date(NodeRecord record, string name) =>
        DateOnly.TryParseExact(record.GetString(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static IReadOnlyList<string> Strings(NodeRecord record, string name) =>
        record.Properties.GetValueOrDefault(name) as IReadOnlyList<string> ?? [];
}
