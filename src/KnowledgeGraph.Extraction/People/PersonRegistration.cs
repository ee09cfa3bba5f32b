using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.People;

/// <summary>How every people recogniser records a person: one entity per name, its titles gathered over mentions.</summary>
internal static class PersonRegistration
{
    /// <summary>Registers the person a mention names, adding <paramref name="titles"/> (as written) to the person's titles.</summary>
    public static void RegisterPerson(this ExtractionContext context, PersonMention mention, IEnumerable<string> titles)
    {
        var person = context.Entities[EntityKind.Person].Register(mention.Name, mention.Span, mention.Name);
        var known = person.Properties.TryGetValue(PropertyNames.Titles, out var value) ? (IReadOnlyList<string>)value! : [];
        person.Properties[PropertyNames.Titles] = known.Union(titles, StringComparer.Ordinal).ToList();
        context.People.Add(mention);
    }

    /// <summary>Whether <paramref name="text"/> can be a name: two or three ideographs opening with a known surname.</summary>
    public static bool IsName(string text, IReadOnlySet<char> surnames) =>
        text.Length is 2 or 3 && surnames.Contains(text[0]) && text.All(Normalization.ChineseText.IsIdeograph);
}
