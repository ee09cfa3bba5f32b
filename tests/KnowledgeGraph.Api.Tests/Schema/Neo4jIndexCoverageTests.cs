using System.Reflection;
using KnowledgeGraph.Api.Graph.Filtering;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Api.Tests.Schema;

/// <summary>
/// The Neo4j store's schema keeps up with the API: every scalar property that <c>where</c> or <c>order</c> offers on a
/// node type has a range index on that type's label, so a filter or sort added to the API without its index fails here.
/// </summary>
public sealed class Neo4jIndexCoverageTests
{
    public static TheoryData<string, string> FilteredProperties()
    {
        var data = new TheoryData<string, string>();
        var nodeTypes = typeof(INodeGraphType).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(INodeGraphType)));
        foreach (var nodeType in nodeTypes)
        {
            var label = (string)nodeType.GetProperty(nameof(INodeGraphType.Label), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var fields = (IReadOnlyList<QueryableField>)nodeType.GetProperty(nameof(INodeGraphType.QueryableFields), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            // Lists need no range index (none answers a condition on elements), and a measure's or article's full text
            // is too long for one: the full-text index covers it.
            foreach (var field in fields.Where(field => field.Kind != QueryableValueKind.TextList && field.Property != PropertyNames.Text))
            {
                data.Add(label, field.Property);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FilteredProperties))]
    public void Every_filtered_or_sorted_property_has_a_range_index_in_the_neo4j_schema(string label, string property)
    {
        var index = Assert.Single(Neo4jStatementCatalog.All(), statement => statement.Name == $"CreatePropertyIndex:{label}.{property}");

        Assert.Equal($"CREATE INDEX {label}_{property} IF NOT EXISTS FOR (n:{label}) ON (n.{property})", index.Text);
    }
}
