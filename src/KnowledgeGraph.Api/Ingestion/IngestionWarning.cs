namespace KnowledgeGraph.Api.Ingestion;

/// <summary>Something worth knowing about a document that was ingested all the same.</summary>
/// <param name="Code">Machine-readable code, one of the constants of this type.</param>
/// <param name="Message">What it means, for people.</param>
public sealed record IngestionWarning(string Code, string Message)
{
    /// <summary>Extraction recognised nothing but the document itself: no title, number, date, plan or unit.</summary>
    public static IngestionWarning NothingRecognised { get; } = new(
        "NOTHING_RECOGNISED",
        "Nothing was recognised in this document beyond its file name; it is kept and listed, but adds no facts.");

    /// <summary>
    /// A file was not UTF-8 but GB18030/GBK Chinese text, and was decoded. The message says nothing of keeping it:
    /// <c>extract</c> reports it too and keeps nothing (ingestion keeps every document as UTF-8, as its docs say).
    /// </summary>
    public static IngestionWarning DecodedFromGb18030 { get; } = new(
        "DECODED_FROM_GB18030",
        "The file was not UTF-8; it was read as GB18030/GBK Chinese text.");
}
