using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Entities;

/// <summary>The node label of each <see cref="EntityKind"/>, and back: the single list every layer derives from.</summary>
public static class EntityKinds
{
    private static readonly Dictionary<EntityKind, string> Labels = new()
    {
        [EntityKind.Region] = NodeLabels.Region,
        [EntityKind.School] = NodeLabels.School,
        [EntityKind.Unit] = NodeLabels.Unit,
        [EntityKind.Program] = NodeLabels.Program,
        [EntityKind.TeacherStudio] = NodeLabels.TeacherStudio,
        [EntityKind.FundingLine] = NodeLabels.FundingLine,
        [EntityKind.Target] = NodeLabels.Target,
        [EntityKind.Person] = NodeLabels.Person,
        [EntityKind.Article] = NodeLabels.Article,
    };

    private static readonly Dictionary<string, EntityKind> KindsByLabel =
        Labels.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<EntityKind> All { get; } = Enum.GetValues<EntityKind>();

    /// <summary>The node label of <paramref name="kind"/>.</summary>
    public static string LabelOf(EntityKind kind) => Labels[kind];

    /// <summary>The kind whose nodes carry <paramref name="label"/>, or null for labels that are not entities (Document, Plan, Measure).</summary>
    public static EntityKind? KindOf(string label) => KindsByLabel.TryGetValue(label, out var kind) ? kind : null;
}
