namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedDocuments => Path.Combine(Root, "seeds", "documents");

    // Walks up from the test output to the directory holding KnowledgeGraph.sln.
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
