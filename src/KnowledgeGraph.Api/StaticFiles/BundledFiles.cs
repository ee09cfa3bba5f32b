using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.StaticFiles;

/// <summary>
/// Files the build puts in a folder beside the assembly (the IDE's npm package, the explorer's bundle), so that
/// <c>dotnet run</c>, <c>WebApplicationFactory</c> tests (whose output gets a referenced project's copied files) and
/// <c>dotnet publish</c> all find them at the same relative place, whatever the content root.
/// </summary>
internal abstract class BundledFiles : IDisposable
{
    private readonly PhysicalFileProvider _provider;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    /// <summary>Opens <paramref name="folderName"/> beside the running assembly.</summary>
    /// <param name="folderName">The folder, relative to the application's base directory.</param>
    /// <param name="requiredFile">A file the folder must hold: without it the build or publish left the files out.</param>
    /// <param name="whatIsMissing">Says, given the folder's path, what is missing and what builds it.</param>
    /// <exception cref="InvalidOperationException">The folder or <paramref name="requiredFile"/> is missing.</exception>
    protected BundledFiles(string folderName, string requiredFile, Func<string, string> whatIsMissing)
    {
        Root = Path.Combine(AppContext.BaseDirectory, folderName);

        // Fail at start-up, not at a reader's first visit, when a build or publish left the files out.
        if (!File.Exists(Path.Combine(Root, requiredFile)))
        {
            throw new InvalidOperationException(whatIsMissing(Root));
        }

        _provider = new PhysicalFileProvider(Root);
    }

    /// <summary>The folder's full path.</summary>
    protected string Root { get; }

    /// <summary>
    /// Finds a file by its path under the folder. The provider refuses paths that leave the folder and hidden files;
    /// files without a known content type are not served, as with the static file middleware.
    /// </summary>
    public bool TryGetFile(string subpath, out IFileInfo file, out string contentType)
    {
        file = _provider.GetFileInfo(subpath);
        contentType = "";
        return file is { Exists: true, IsDirectory: false, PhysicalPath: not null }
            && _contentTypes.TryGetContentType(file.Name, out contentType!);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }
}
