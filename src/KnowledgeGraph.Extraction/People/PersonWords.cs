namespace KnowledgeGraph.Extraction.People;

/// <summary>The reference words people are recognised by.</summary>
/// <param name="Posts">Post words that end a title written before a name (书记, 厅长, 教师).</param>
/// <param name="TitlesAfterName">Titles written after a name (总书记).</param>
/// <param name="Surnames">Surnames, most common first.</param>
/// <param name="WordsAfterNames">Words that open the rest of a sentence right after a name (出席, 介绍, 作, 到).</param>
/// <param name="WordsBeforeTitles">Verbs that take a title as object, which a title starts after (包括, 学习).</param>
public sealed record PersonWords(
    IReadOnlyList<PostWord> Posts,
    IReadOnlyList<string> TitlesAfterName,
    IReadOnlyList<string> Surnames,
    IReadOnlyList<string> WordsAfterNames,
    IReadOnlyList<string> WordsBeforeTitles);

/// <summary>A post word that ends a title.</summary>
/// <param name="Word">The word (厅长).</param>
/// <param name="RequiresSchool">Whether it counts only right after a school's name, because it also opens common nouns (教师周转房).</param>
public sealed record PostWord(string Word, bool RequiresSchool);
