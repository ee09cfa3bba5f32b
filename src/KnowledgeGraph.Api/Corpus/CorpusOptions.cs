namespace KnowledgeGraph.Api.Corpus;

/// <summary>Where the documents loaded at start-up live (configuration section <c>KnowledgeGraph</c>).</summary>
public sealed class CorpusOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph";

    /// <summary>
    /// Folder of <c>*.txt</c> documents loaded at start-up; relative paths are resolved against the current directory,
    /// so the default works when the service is started from the repository root.
    /// </summary>
    public string DocumentsPath { get; set; } = "seeds/documents";
}
