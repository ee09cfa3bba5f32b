using AutoMapper;
using KnowledgeGraph.Domain.Articles;
using KnowledgeGraph.Domain.Documents;
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

/// <summary>Turns a node record into the typed object for its label, for fields (like <c>node</c>) that may return any kind.</summary>
public sealed class NodeMapper(IMapper mapper)
{
    private static readonly Dictionary<string, Type> TypesByLabel = new(StringComparer.Ordinal)
    {
        [NodeLabels.Document] = typeof(Document),
        [NodeLabels.Plan] = typeof(Plan),
        [NodeLabels.Measure] = typeof(Measure),
        [NodeLabels.Unit] = typeof(Unit),
        [NodeLabels.Article] = typeof(Article),
        [NodeLabels.Region] = typeof(Region),
        [NodeLabels.School] = typeof(School),
        [NodeLabels.Program] = typeof(EducationProgram),
        [NodeLabels.TeacherStudio] = typeof(TeacherStudio),
        [NodeLabels.FundingLine] = typeof(FundingLine),
        [NodeLabels.Target] = typeof(Target),
        [NodeLabels.Person] = typeof(Person),
    };

    /// <summary>The typed object, or null for a label the API does not serve yet.</summary>
    public object? Map(NodeRecord? record) =>
        record is not null && TypesByLabel.TryGetValue(record.Label, out var type)
            ? mapper.Map(record, typeof(NodeRecord), type)
            : null;

    /// <summary>The typed objects of records, in order, leaving out those the API does not serve.</summary>
    public IReadOnlyList<object> MapAll(IEnumerable<NodeRecord> records) => records.Select(Map).OfType<object>().ToList();

    /// <summary>The typed object for a record known to carry <typeparamref name="T"/>'s label.</summary>
    public T Map<T>(NodeRecord record) => mapper.Map<T>(record);
}
