using System.Buffers;
using System.Text;
using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>The rules for a document's text: not empty, not too large, plain text.</summary>
public static class DocumentTextCheck
{
    // What shows nothing: white space, and the zero-width characters and byte order marks that editors and web pages
    // leave behind. A text of only these is empty, however many bytes it has.
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(char.IsWhiteSpace), .. "\u180E\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF"]);

    // Control characters that plain text never holds: all of C0 and DEL except tab, line feed, carriage return and
    // form feed (PDF extractors write it at page breaks).
    private static readonly SearchValues<char> BinaryCharacters = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Append(0x7F).Select(code => (char)code).Where(c => c is not ('\t' or '\n' or '\r' or '\f'))]);

    /// <summary>Null when <paramref name="text"/> may be ingested, otherwise why not.</summary>
    public static IngestionError? Check(string text, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyExcept(Invisible))
        {
            return new EmptyDocumentError();
        }

        // Documents are kept as UTF-8, so the limit counts UTF-8 bytes.
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > maxBytes)
        {
            return new DocumentTooLargeError(bytes, maxBytes);
        }

        var binary = text.AsSpan().IndexOfAny(BinaryCharacters);
        return binary >= 0 ? new BinaryContentError(binary) : null;
    }
}
