using System.Buffers;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>
/// The rules for a document's file name. The name is the document's identity (<c>document:&lt;name&gt;</c>) and the
/// name it is kept under in the data directory, so it must be a plain file name, portable across file systems, and
/// one name must look like one document: names are compared in Unicode NFC and may not hide invisible characters.
/// </summary>
public static class DocumentFileName
{
    /// <summary>The only extension accepted; start-up loads <c>*.txt</c> files only.</summary>
    public const string Extension = ".txt";

    // File systems allow 255 bytes per name; the archive's temporary name adds a prefix and a suffix to it.
    private const int MaxUtf8Bytes = 200;

    // Characters Windows forbids in file names; refusing them everywhere keeps a data directory portable.
    private const string ForbiddenCharacters = "<>:\"|?*";

    // Device names Windows reserves whatever the extension (CON.txt opens the console), ignoring case and trailing
    // spaces; the superscript digits count as digits there.
    private static readonly HashSet<string> WindowsDeviceNames = new(
        ["CON", "PRN", "AUX", "NUL",
            .. "123456789¹²³".SelectMany(digit => new[] { $"COM{digit}", $"LPT{digit}" })],
        StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Separators = SearchValues.Create("/\\");

    /// <summary>
    /// The name a document is known and kept under: <paramref name="fileName"/> in Unicode NFC, so that 文件 typed on
    /// macOS (which decomposes) and on Windows names one document. A name that is not valid UTF-16 is returned as given,
    /// for <see cref="Check"/> to refuse.
    /// </summary>
    public static string Normalize(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return LoneSurrogateAt(fileName) < 0 ? fileName.Normalize(NormalizationForm.FormC) : fileName;
    }

    /// <summary>Null when <paramref name="fileName"/> may name a document, otherwise what is wrong with it.</summary>
    public static InvalidFileNameError? Check(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Problem(fileName) is { } reason ? new InvalidFileNameError(fileName, reason) : null;
    }

    private static string? Problem(string fileName)
    {
        if (fileName.AsSpan().ContainsAny(Separators))
        {
            return "it contains a path separator; give the file name only";
        }

        if (fileName.Contains("..", StringComparison.Ordinal))
        {
            return "it contains '..'";
        }

        if (LoneSurrogateAt(fileName) is var surrogate and >= 0)
        {
            return $"it contains the lone surrogate U+{(int)fileName[surrogate]:X4}, which is not a character";
        }

        foreach (var character in fileName.Where(c => char.IsControl(c) || ForbiddenCharacters.Contains(c)))
        {
            return $"it contains the character U+{(int)character:X4}, which file names may not hold";
        }

        // Format characters (bidirectional overrides such as U+202E, zero-width spaces and joiners, byte order marks)
        // show nothing, so two names that look alike could name two documents, or one could read backwards.
        foreach (var character in fileName.Where(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return $"it contains the invisible character U+{(int)character:X4} (a bidirectional or zero-width control)";
        }

        if (!fileName.IsNormalized(NormalizationForm.FormC))
        {
            return $"it is not in Unicode NFC; its NFC form is '{fileName.Normalize(NormalizationForm.FormC)}'";
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

        if (WindowsDeviceNames.Contains(fileName[..fileName.IndexOf('.', StringComparison.Ordinal)].TrimEnd(' ')))
        {
            return "Windows reserves it for a device (CON, PRN, AUX, NUL, COM1…COM9, LPT1…LPT9, whatever the extension)";
        }

        return Encoding.UTF8.GetByteCount(fileName) > MaxUtf8Bytes ? $"it is longer than {MaxUtf8Bytes} bytes in UTF-8" : null;
    }

    // The index of the first half of a surrogate pair that has no other half (JSON can carry one as "\ud800"), or -1.
    private static int LoneSurrogateAt(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return index;
            }
        }

        return -1;
    }
}
