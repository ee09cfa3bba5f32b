using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>
/// The explorer's page, style sheet and script. The build bundles them with npm (see the explorer block in the csproj)
/// and copies them into <c>explorer/</c> beside the assembly, so <c>dotnet run</c>, tests and a published image all find
/// them at the same relative place, whatever the content root.
/// </summary>
internal sealed class ExplorerFiles : IDisposable
{
    /// <summary>The folder, relative to the application's base directory, that holds the explorer.</summary>
    public const string FolderName = "explorer";

    /// <summary>The page's file.</summary>
    public const string PageFile = "explore.html";

    private readonly PhysicalFileProvider _provider;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    /// <summary>Opens the explorer folder beside the running assembly.</summary>
    /// <exception cref="InvalidOperationException">The folder or its page is missing.</exception>
    public ExplorerFiles()
    {
        var root = Path.Combine(AppContext.BaseDirectory, FolderName);

        // Fail at start-up, not at a reader's first visit, when a build or publish left the bundle out.
        if (!File.Exists(Path.Combine(root, PageFile)))
        {
            throw new InvalidOperationException(
                $"The graph explorer is missing from {root}. The build bundles it with npm and node " +
                "(src/KnowledgeGraph.Api/Explorer/build.mjs), so both must be on the PATH when building or publishing.");
        }

        _provider = new PhysicalFileProvider(root);
    }

    /// <summary>
    /// Finds a file of the explorer by its path under <c>/explore/</c>. The provider refuses paths that leave the
    /// folder and hidden files; files without a known content type are not served.
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
