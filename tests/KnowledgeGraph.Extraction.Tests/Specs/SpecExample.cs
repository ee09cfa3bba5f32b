namespace KnowledgeGraph.Extraction.Tests.Specs;

/// <summary>One example of a spec file: a snippet of policy text and the entities it must yield.</summary>
public sealed record SpecExample(string Spec, string Title, string Source, IReadOnlyList<string> Expected, int Line);
