using System.Text;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Api.Ingestion.Input;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class DocumentDecoderTests
{
    private const string Chinese = "四川省教育厅关于印发《四川省学前教育发展实施方案》的通知。各市（州）教育行政部门：";

    static DocumentDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void UTF8_is_read_as_is_without_its_byte_order_mark()
    {
        var decoded = DocumentDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Chinese)]);

        Assert.Equal(Chinese, decoded.Text);
        Assert.Empty(decoded.Warnings);
        Assert.Null(decoded.Error);
    }

    [Theory]
    [InlineData("GBK")]
    [InlineData("GB18030")]
    [InlineData("GB2312")]
    public void Chinese_text_in_a_legacy_Chinese_encoding_is_decoded_with_a_warning(string encoding)
    {
        var decoded = DocumentDecoder.Decode(Encoding.GetEncoding(encoding).GetBytes(Chinese));

        Assert.Equal(Chinese, decoded.Text);
        Assert.Equal([IngestionWarning.DecodedFromGb18030], decoded.Warnings);
    }

    public static TheoryData<string, byte[]> NotText => new()
    {
        // Accented Latin letters pair with the next ASCII letter into valid but rare GBK characters.
        { "Latin-1", Encoding.Latin1.GetBytes("Ça coûte très cher à Chengdu, répète-t-il à l'école élémentaire.") },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Chinese)).ToArray() },
        { "random bytes", RandomBytes() },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public void Bytes_that_are_neither_UTF8_nor_Chinese_are_rejected(string because, byte[] bytes)
    {
        var decoded = DocumentDecoder.Decode(bytes);

        Assert.True(decoded.Error is InvalidEncodingError, because);
        Assert.Null(decoded.Text);
    }

    private static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        new Random(20240521).NextBytes(bytes);
        return bytes;
    }
}
