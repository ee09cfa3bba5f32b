namespace KnowledgeGraph.Extraction.Schools;

/// <summary>A word that ends a school's name.</summary>
/// <param name="Word">The word (职业技术学院).</param>
/// <param name="Type">The type of school it gives (vocational).</param>
/// <param name="Category">
/// Where the word right after a place names a kind of school rather than one: after a prefecture or province written
/// with its level character (凉山州幼儿园 are all of them, while 大英县中等职业技术学校 is the county's one school),
/// after any place (资中县学校), or nowhere.
/// </param>
/// <param name="MayBeUnplaced">Whether a name may have no place in front (西南石油大学, 川北医学院, 川大附中).</param>
/// <param name="Bodyless">Whether only places stand before the word (南充高中; 内江市推动高中 is no school).</param>
/// <param name="Abbreviates">The full words an abbreviated word stands for (职院: 职业技术学院, 职业学院); empty for most.</param>
public sealed record SchoolWord(string Word, string Type, SchoolCategory Category, bool MayBeUnplaced, bool Bodyless, IReadOnlyList<string> Abbreviates);

/// <summary>Where a school word right after a place names a kind of school rather than one.</summary>
public enum SchoolCategory
{
    /// <summary>Never: the place and word name one school (凉山州农业学校).</summary>
    None,

    /// <summary>After a prefecture or province written with its level character (凉山州幼儿园).</summary>
    AfterPrefecture,

    /// <summary>After any place (资中县学校).</summary>
    AfterAnyPlace,
}
