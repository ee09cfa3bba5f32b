using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Api.Graph.Kinds;

/// <summary>
/// The node labels and relationship types of the graph model, read from the constants of <see cref="NodeLabels"/> and
/// <see cref="RelationshipTypes"/>: adding a constant there is the one line that adds a <c>NodeKind</c> or a
/// <c>RelationshipKind</c> to the schema.
/// </summary>
public static partial class GraphVocabulary
{
    /// <summary>Every node kind's label (the shared <c>Entity</c> label is not a kind).</summary>
    public static IReadOnlyList<string> Labels { get; } =
        Constants(typeof(NodeLabels)).Where(label => label != NodeLabels.Entity).ToList();

    /// <summary>Every relationship type.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = Constants(typeof(Domain.Graph.RelationshipTypes));

    /// <summary>A label as a GraphQL enum value: <c>TeacherStudio</c> → <c>TEACHER_STUDIO</c>.</summary>
    public static string EnumName(string label) => WordStart().Replace(label, "_$0").ToUpperInvariant();

    private static List<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex WordStart();
}
