using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// The nodes of each label by the value of each of a few short identifying properties (<see cref="IndexedProperties"/>),
/// in document order, so that a filter that requires one of those properties to equal a string (<c>eq</c>, <c>in</c>)
/// reads the nodes it can match instead of the whole label. Persistent: a write copies the groups of the nodes it
/// changed and shares the rest (<see cref="RecordGroups"/>).
/// </summary>
internal sealed class EqualityIndex
{
    /// <summary>The properties indexed: names, titles and codes people look things up by; not long texts.</summary>
    public static readonly IReadOnlySet<string> IndexedProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        PropertyNames.Name, PropertyNames.FileName, PropertyNames.Title, PropertyNames.Number, PropertyNames.Code,
        PropertyNames.Level, PropertyNames.SchoolType, PropertyNames.Genre,
    };

    private readonly ImmutableDictionary<EqualityKey, OrderedRecords<NodeRecord>> _nodes;

    private EqualityIndex(ImmutableDictionary<EqualityKey, OrderedRecords<NodeRecord>> nodes) => _nodes = nodes;

    public static EqualityIndex Empty { get; } = new(ImmutableDictionary.Create<EqualityKey, OrderedRecords<NodeRecord>>());

    /// <summary>This index with each changed node moved from the groups of its old record to those of its new one.</summary>
    public EqualityIndex With(IReadOnlyList<(SharedRecord<NodeRecord>? Before, SharedRecord<NodeRecord>? After)> changed) =>
        new(RecordGroups.Regroup(_nodes, changed, KeysOf));

    /// <summary>
    /// The nodes of a label that can match a filter, in document order, or null when the index cannot narrow the filter
    /// down: every match is among them, and the filter must still be evaluated on each.
    /// </summary>
    public IReadOnlyList<NodeRecord>? Candidates(string label, NodeFilter filter)
    {
        switch (filter)
        {
            case PropertyCondition condition:
                return Lookup(label, condition);
            case AllOf all:
                IReadOnlyList<NodeRecord>? fewest = null;
                foreach (var condition in all.Conditions)
                {
                    if (Candidates(label, condition) is { } candidates && (fewest is null || candidates.Count < fewest.Count))
                    {
                        fewest = candidates;
                    }
                }

                return fewest;
            default:
                return null;
        }
    }

    // The value an indexed property is found by. It is the string NodeFilterEvaluator's ValueComparer compares with a
    // string (a number or any non-string value by its invariant text), so a node is found by exactly the strings it equals.
    private static string? KeyOf(object? value) => value as string ?? (value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture));

    private static IEnumerable<EqualityKey> KeysOf(NodeRecord node)
    {
        foreach (var property in IndexedProperties)
        {
            if (KeyOf(node.Properties.GetValueOrDefault(property)) is { } value)
            {
                yield return new EqualityKey(node.Label, property, value);
            }
        }
    }

    // Only strings are looked up: a number or null compares with numbers, or finds nodes without the property, which
    // the index does not hold; a negated condition matches nearly everything.
    private IReadOnlyList<NodeRecord>? Lookup(string label, PropertyCondition condition)
    {
        if (condition.Negated || !IndexedProperties.Contains(condition.Property))
        {
            return null;
        }

        switch (condition.Operator, condition.Value)
        {
            case (FilterOperator.Equal, string value):
                return Group(label, condition.Property, value);
            case (FilterOperator.In, IEnumerable values and not string):
                var strings = values.Cast<object?>().ToList();
                if (!strings.All(value => value is string))
                {
                    return null;
                }

                // A node has one value per property, so the groups of distinct values are disjoint.
                var groups = strings.Cast<string>().Distinct(StringComparer.Ordinal).Select(value => Group(label, condition.Property, value)).ToList();
                if (groups.Count == 1)
                {
                    return groups[0];
                }

                return groups.SelectMany(group => group.Positioned).Order(Positioned<NodeRecord>.ByPosition).Select(node => node.Record).ToList();
            default:
                return null;
        }
    }

    private OrderedRecords<NodeRecord> Group(string label, string property, string value) =>
        _nodes.GetValueOrDefault(new EqualityKey(label, property, value), OrderedRecords<NodeRecord>.Empty);

    private readonly record struct EqualityKey(string Label, string Property, string Value);
}
