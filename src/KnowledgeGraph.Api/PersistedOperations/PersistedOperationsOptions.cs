namespace KnowledgeGraph.Api.PersistedOperations;

/// <summary>Operations registered from files (configuration section <c>KnowledgeGraph:PersistedOperations</c>).</summary>
public sealed class PersistedOperationsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KnowledgeGraph:PersistedOperations";

    /// <summary>
    /// Folder of <c>*.graphql</c> files, one operation (or a few named ones) each; relative paths are resolved against
    /// the current directory, like <c>KnowledgeGraph:DocumentsPath</c>.
    /// </summary>
    public string Path { get; set; } = "persisted";

    /// <summary>When true, the service executes only registered operations and refuses any other query.</summary>
    public bool OnlyPersisted { get; set; }
}
