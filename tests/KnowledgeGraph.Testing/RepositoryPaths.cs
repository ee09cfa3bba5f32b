namespace KnowledgeGraph.Testing;

/// <summary>Finds files of the repository from wherever the tests run (their output folders lie inside it).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding <c>KnowledgeGraph.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The seed documents the API loads.</summary>
    public static string SeedDocuments => Path.Combine(Root, "seeds", "documents");

    /// <summary>The persisted operations the API registers.</summary>
    public static string PersistedOperations => Path.Combine(Root, "persisted");

    /// <summary>The checked-in SDL.</summary>
    public static string CheckedInSchema => Path.Combine(Root, "schema", "schema.graphql");

    /// <summary>A test project's folder in the source tree, where its npm packages and scripts live.</summary>
    public static string TestProject(string name) => Path.Combine(Root, "tests", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (no KnowledgeGraph.sln above them).");
    }
}
