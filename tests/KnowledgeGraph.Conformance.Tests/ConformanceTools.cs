using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>Where the Node scripts and the npm packages this project's build installs live.</summary>
internal static class ConformanceTools
{
    /// <summary>This project's folder in the source tree.</summary>
    public static string Directory { get; } = RepositoryPaths.TestProject("KnowledgeGraph.Conformance.Tests");
}
