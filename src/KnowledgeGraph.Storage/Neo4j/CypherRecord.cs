namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>One row of a result: its values in the order of the result's fields, reachable by field name.</summary>
internal sealed class CypherRecord(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
{
    /// <summary>The field names, in order.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The decoded values, in field order (see <see cref="TypedValueReader"/> for the .NET types).</summary>
    public IReadOnlyList<object?> Values { get; } = values;

    /// <summary>The value of a field.</summary>
    /// <exception cref="KeyNotFoundException">The result has no such field.</exception>
    public object? this[string field]
    {
        get
        {
            for (var i = 0; i < Fields.Count; i++)
            {
                if (Fields[i] == field)
                {
                    return Values[i];
                }
            }

            throw new KeyNotFoundException($"The result has no field '{field}'; it has {string.Join(", ", Fields)}.");
        }
    }

    /// <summary>The value of a field as a given type (an integer as <see cref="long"/>, a list as a read-only list…).</summary>
    public T Get<T>(string field) => (T)this[field]!;
}
