using System.Text;
using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>
/// The rules for a document's file name. The name is the document's identity (<c>document:&lt;name&gt;</c>) and the
/// name it is kept under in the data directory, so it must be a plain file name, portable across file systems.
/// </summary>
public static class DocumentFileName
{
    /// <summary>The only extension accepted; start-up loads <c>*.txt</c> files only.</summary>
    public const string Extension = ".txt";

    // File systems allow 255 bytes per name; the archive's temporary name adds a prefix and a suffix to it.
    private const int MaxUtf8Bytes = 200;

    // Characters Windows forbids in file names; refusing them everywhere keeps a data directory portable.
    private const string ForbiddenCharacters = "<>:\"|?*";

    /// <summary>Null when <paramref name="fileName"/> may name a document, otherwise what is wrong with it.</summary>
    public static InvalidFileNameError? Check(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Problem(fileName) is { } reason ? new InvalidFileNameError(fileName, reason) : null;
    }

    private static string? Problem(string fileName)
    {
        if (fileName.Contains('/') || fileName.Contains('\\'))
        {
            return "it contains a path separator; give the file name only";
        }

        if (fileName.Contains("..", StringComparison.Ordinal))
        {
            return "it contains '..'";
        }

        foreach (var character in fileName.Where(c => char.IsControl(c) || ForbiddenCharacters.Contains(c)))
        {
            return $"it contains the character U+{(int)character:X4}, which file names may not hold";
        }

        if (fileName.Trim() != fileName)
        {
            return "it starts or ends with white space";
        }

        if (fileName.StartsWith('.'))
        {
            return "it starts with '.'";
        }

        if (!fileName.EndsWith(Extension, StringComparison.Ordinal) || fileName.Length == Extension.Length)
        {
            return $"it does not end in {Extension} after a name";
        }

        return Encoding.UTF8.GetByteCount(fileName) > MaxUtf8Bytes ? $"it is longer than {MaxUtf8Bytes} bytes in UTF-8" : null;
    }
}
