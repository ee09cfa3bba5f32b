using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.Ingestion.Archive;

/// <summary>
/// The SHA-256 of a kept document's bytes, kept beside it as <c>&lt;name&gt;.sha256</c> in the format of
/// <c>sha256sum</c> (<c>&lt;64 hex digits&gt;  &lt;name&gt;</c>), so an operator can check the data directory with
/// <c>sha256sum -c *.sha256</c>. Documents are kept as the UTF-8 of their text, so the checksum is also the
/// fingerprint of the text that finds the same content under two names.
/// </summary>
public static class DocumentChecksum
{
    /// <summary>The ending of checksum files.</summary>
    public const string Suffix = ".sha256";

    /// <summary>The SHA-256 of <paramref name="content"/> as 64 lower-case hex digits.</summary>
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The SHA-256 of the UTF-8 of <paramref name="text"/>: what the checksum of the text kept as a file is.</summary>
    public static string OfText(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The name of the checksum file of the document <paramref name="fileName"/>.</summary>
    public static string FileNameOf(string fileName) => fileName + Suffix;

    /// <summary>The checksum file's content for a document: one <c>sha256sum</c> line.</summary>
    public static byte[] Line(string checksum, string fileName) => Encoding.UTF8.GetBytes($"{checksum}  {fileName}\n");

    /// <summary>The checksum a checksum file's content holds, or null when it holds none (an emptied or damaged file).</summary>
    public static string? Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var checksum = line.Split(' ', 2)[0];
        return checksum.Length == 64 && checksum.All(char.IsAsciiHexDigitLower) ? checksum : null;
    }
}
