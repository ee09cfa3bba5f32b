using System.Text;
using KnowledgeGraph.Api.Ingestion.Errors;

namespace KnowledgeGraph.Api.Ingestion.Input;

/// <summary>
/// Decodes a document file: UTF-8 when the bytes are strictly valid UTF-8; otherwise GB18030 (a superset of GBK and
/// GB2312, what Chinese Windows tools write) when the bytes are strictly valid GB18030 and read as Chinese text;
/// otherwise nothing, with <see cref="InvalidEncodingError"/>.
/// </summary>
public static class DocumentDecoder
{
    // Nearly every byte string decodes as GB18030, and Latin-1 or Windows-1252 text pairs each accented letter with
    // the next ASCII letter into a rare GBK character. Real Chinese text is overwhelmingly the common characters and
    // punctuation of GB2312, so that share tells the two apart.
    private const double MinCommonChineseShare = 0.8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        // .NET Core ships the legacy code pages, but only hands them out once the provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The bytes as text, or <see cref="InvalidEncodingError"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var utf8 = DecodeUtf8(bytes);
        if (utf8.Error is null)
        {
            return utf8;
        }

        return TryDecode(StrictGb18030.Value, bytes) is { } chinese && ReadsAsChinese(chinese)
            ? new DecodedText(WithoutByteOrderMark(chinese), [IngestionWarning.DecodedFromGb18030], null)
            : utf8;
    }

    /// <summary>
    /// The bytes as strictly valid UTF-8, or <see cref="InvalidEncodingError"/>: how documents kept in the data
    /// directory are read back, since they are written as UTF-8 only and anything else there is damage.
    /// </summary>
    public static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes) =>
        TryDecode(StrictUtf8, bytes) is { } text
            ? new DecodedText(WithoutByteOrderMark(text), [], null)
            : new DecodedText(null, [], new InvalidEncodingError());

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string WithoutByteOrderMark(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    private static bool ReadsAsChinese(string text)
    {
        int nonAscii = 0, common = 0;
        Span<byte> encoded = stackalloc byte[4];
        foreach (var character in text)
        {
            if (char.IsAscii(character))
            {
                continue;
            }

            nonAscii++;
            // GB2312 occupies the double-byte area whose lead and trail bytes are both 0xA1 or above.
            if (!char.IsSurrogate(character)
                && StrictGb18030.Value.GetBytes([character], encoded) == 2
                && encoded[0] >= 0xA1 && encoded[1] >= 0xA1)
            {
                common++;
            }
        }

        return nonAscii > 0 && common >= MinCommonChineseShare * nonAscii;
    }
}
