using System.Reflection;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>
/// The stores write only the labels and types in <see cref="NodeLabels.All"/> and <see cref="RelationshipTypes.All"/>
/// (a batch with any other is refused), so a constant added without its place in the list would make every document
/// that uses it fail to load.
/// </summary>
public sealed class GraphModelListsTests
{
    [Theory]
    [InlineData(typeof(NodeLabels), new[] { nameof(NodeLabels.Entity) })]
    [InlineData(typeof(RelationshipTypes), new string[0])]
    public void Every_declared_label_and_type_is_in_its_list(Type model, string[] notWritten)
    {
        var declared = model.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string) && !notWritten.Contains(field.Name))
            .Select(field => (string)field.GetRawConstantValue()!);
        var listed = (IReadOnlyList<string>)model.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(declared.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }
}
