using System.Runtime.InteropServices;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// Flushes a folder's entries (a rename into it, a deletion) to disk. On Linux and macOS a rename is durable only once
/// its directory is fsync'ed; .NET will not open a directory as a file, so this calls the C library directly (no
/// package on our registry wraps it). Windows has no such call for directories and journals renames itself.
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0;

    /// <summary>Flushes <paramref name="folder"/> where the operating system allows; throws <see cref="IOException"/> when it fails.</summary>
    public static void Flush(string folder)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var descriptor = Open(folder, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open {folder} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (FileSync(descriptor) != 0)
            {
                throw new IOException($"Could not flush {folder} to disk (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
