using KnowledgeGraph.Api.StaticFiles;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>
/// The explorer's page, style sheet and script. The build bundles them with npm (see the explorer block in the csproj)
/// and copies them into <c>explorer/</c> beside the assembly.
/// </summary>
internal sealed class ExplorerFiles() : BundledFiles(
    FolderName,
    PageFile,
    root => $"The graph explorer is missing from {root}. The build bundles it with npm and node " +
        "(src/KnowledgeGraph.Api/Explorer/build.mjs), so both must be on the PATH when building or publishing.")
{
    /// <summary>The folder, relative to the application's base directory, that holds the explorer.</summary>
    public const string FolderName = "explorer";

    /// <summary>The page's file.</summary>
    public const string PageFile = "explore.html";
}
