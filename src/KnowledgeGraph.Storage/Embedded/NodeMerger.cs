using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Merges two records of the same node contributed by different documents.</summary>
internal static class NodeMerger
{
    /// <summary>Scalar properties keep the first value seen; list properties (such as aliases) become the union.</summary>
    public static NodeRecord Merge(NodeRecord first, NodeRecord second)
    {
        var properties = new Dictionary<string, object?>(first.Properties, StringComparer.Ordinal);
        foreach (var (name, value) in second.Properties)
        {
            properties[name] = (properties.GetValueOrDefault(name), value) switch
            {
                (IReadOnlyList<string> known, IReadOnlyList<string> added) => known.Union(added, StringComparer.Ordinal).ToList(),
                (null, var added) => added,
                (var known, _) => known,
            };
        }

        return first with { Properties = properties };
    }
}
