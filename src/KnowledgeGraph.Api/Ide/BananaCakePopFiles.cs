using KnowledgeGraph.Api.StaticFiles;

namespace KnowledgeGraph.Api.Ide;

/// <summary>
/// The IDE's static files. The build copies them from the npm package into <c>bananacakepop/</c> beside the assembly
/// (see the Banana Cake Pop block in the csproj).
/// </summary>
internal sealed class BananaCakePopFiles : BundledFiles
{
    /// <summary>The folder, relative to the application's base directory, that holds the IDE.</summary>
    public const string FolderName = "bananacakepop";

    /// <summary>Our script beside the IDE's files (copied there by the build), which opens the starter document.</summary>
    public const string StarterDocumentScript = "open-starter-document.js";

    private const string PageFile = "index.html";

    /// <summary>Opens the IDE folder beside the running assembly.</summary>
    /// <exception cref="InvalidOperationException">The folder or its index.html is missing.</exception>
    public BananaCakePopFiles()
        : base(
            FolderName,
            PageFile,
            root => $"The Banana Cake Pop IDE is missing from {root}. The build installs it with npm ci " +
                "(src/KnowledgeGraph.Api/Ide/package.json), so npm must be on the PATH when building or publishing.")
    {
        Page = File.ReadAllText(Path.Combine(Root, PageFile))
            .Replace("</head>", $"<script defer=\"defer\" src=\"{StarterDocumentScript}\"></script></head>", StringComparison.Ordinal);
    }

    /// <summary>
    /// The IDE's page, <c>index.html</c>, with <see cref="StarterDocumentScript"/> added after the IDE's own scripts.
    /// </summary>
    public string Page { get; }
}
