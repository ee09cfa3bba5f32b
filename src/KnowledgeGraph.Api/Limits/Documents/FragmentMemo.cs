using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Documents;

/// <summary>
/// A value per fragment of a document, computed once however often the fragment is spread. A walk that follows spreads
/// through this stays linear in the document's size even when every fragment spreads the one below it twice (a document
/// of a few hundred bytes that expands to millions of fields). A spread of an unknown fragment, or of one inside its own
/// expansion (a cycle, which the core rules report), counts as <c>empty</c>.
/// </summary>
/// <typeparam name="T">What is computed for a selection set.</typeparam>
internal sealed class FragmentMemo<T>
{
    private readonly Dictionary<ROM, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<ROM, T> _values = [];
    private readonly HashSet<ROM> _inProgress = [];
    private readonly T _empty;

    /// <summary>Indexes the document's fragments by name; the first of duplicate names wins (the core rules report the rest).</summary>
    public FragmentMemo(GraphQLDocument document, T empty)
    {
        _empty = empty;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.Value, fragment);
        }
    }

    /// <summary>The value of the spread fragment's selection set, evaluated the first time it is asked for.</summary>
    public T Of(GraphQLFragmentSpread spread, Func<GraphQLSelectionSet, T> evaluate) => Of(spread.FragmentName.Name.Value, evaluate);

    /// <summary>The value of the named fragment's selection set, evaluated the first time it is asked for.</summary>
    public T Of(ROM name, Func<GraphQLSelectionSet, T> evaluate)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return _empty;
        }

        value = evaluate(fragment.SelectionSet);
        _inProgress.Remove(name);
        _values[name] = value;
        return value;
    }
}
