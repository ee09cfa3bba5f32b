namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedDocuments => Path.Combine(Root, "seeds", "documents");

    public static string CheckedInSchema => Path.Combine(Root, "schema", "schema.graphql");

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
