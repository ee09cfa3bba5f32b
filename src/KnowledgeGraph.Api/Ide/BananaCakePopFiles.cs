using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Ide;

/// <summary>
/// The IDE's static files. The build copies them from the npm package into <c>bananacakepop/</c> beside the assembly
/// (see the Banana Cake Pop block in the csproj), so <c>dotnet run</c>, <c>WebApplicationFactory</c> tests (whose
/// output gets a referenced project's copied files) and <c>dotnet publish</c> all find them at the same relative
/// place, whatever the content root.
/// </summary>
internal sealed class BananaCakePopFiles : IDisposable
{
    /// <summary>The folder, relative to the application's base directory, that holds the IDE.</summary>
    public const string FolderName = "bananacakepop";

    /// <summary>Our script beside the IDE's files (copied there by the build), which opens the starter document.</summary>
    public const string StarterDocumentScript = "open-starter-document.js";

    private readonly PhysicalFileProvider _provider;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    /// <summary>Opens the IDE folder beside the running assembly.</summary>
    /// <exception cref="InvalidOperationException">The folder or its index.html is missing.</exception>
    public BananaCakePopFiles()
    {
        var root = Path.Combine(AppContext.BaseDirectory, FolderName);

        // Fail at start-up, not at a researcher's first page load, when a build or publish left the IDE out.
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            throw new InvalidOperationException(
                $"The Banana Cake Pop IDE is missing from {root}. The build installs it with npm ci " +
                "(src/KnowledgeGraph.Api/Ide/package.json), so npm must be on the PATH when building or publishing.");
        }

        _provider = new PhysicalFileProvider(root);
        Page = File.ReadAllText(Path.Combine(root, "index.html"))
            .Replace("</head>", $"<script defer=\"defer\" src=\"{StarterDocumentScript}\"></script></head>", StringComparison.Ordinal);
    }

    /// <summary>
    /// The IDE's page, <c>index.html</c>, with <see cref="StarterDocumentScript"/> added after the IDE's own scripts.
    /// </summary>
    public string Page { get; }

    /// <summary>
    /// Finds a file of the IDE by its path under the IDE's URL. The provider refuses paths that leave the folder and
    /// hidden files; files without a known content type are not served, as with the static file middleware.
    /// </summary>
    public bool TryGetFile(string subpath, out IFileInfo file, out string contentType)
    {
        file = _provider.GetFileInfo(subpath);
        contentType = "";
        return file is { Exists: true, IsDirectory: false, PhysicalPath: not null }
            && _contentTypes.TryGetContentType(file.Name, out contentType!);
    }

    /// <inheritdoc />
    public void Dispose() => _provider.Dispose();
}
