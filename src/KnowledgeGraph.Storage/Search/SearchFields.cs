using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Search;

/// <summary>
/// The node properties full-text search reads, in the order a highlight prefers them. The Neo4j store's index is
/// <c>CREATE FULLTEXT INDEX entityText FOR (n:Entity) ON EACH [n.name, n.aliases, n.title, n.text]
/// OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }</c>, the same fields with the same analysis.
/// </summary>
public static class SearchFields
{
    /// <summary>Searchable properties; each holds a string or a list of strings.</summary>
    public static IReadOnlyList<string> Properties { get; } =
        [PropertyNames.Name, PropertyNames.Aliases, PropertyNames.Title, PropertyNames.Text];

    /// <summary>The searchable texts of a node, property by property (a list property gives one text per element).</summary>
    public static IEnumerable<(string Property, string Text)> TextsOf(NodeRecord node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var property in Properties)
        {
            switch (node.Properties.GetValueOrDefault(property))
            {
                case string text:
                    yield return (property, text);
                    break;
                case IEnumerable<string> texts:
                    foreach (var text in texts)
                    {
                        yield return (property, text);
                    }

                    break;
            }
        }
    }
}
