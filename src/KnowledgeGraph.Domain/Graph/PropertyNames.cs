namespace KnowledgeGraph.Domain.Graph;

/// <summary>Property keys used on node and relationship records, shared by extraction, stores and mapping.</summary>
public static class PropertyNames
{
    /// <summary>Canonical name of a node (a measure's or document's title).</summary>
    public const string Name = "name";

    /// <summary>Other names of the same thing, as a list of strings.</summary>
    public const string Aliases = "aliases";

    /// <summary>A document's file name.</summary>
    public const string FileName = "fileName";

    /// <summary>Title of a document, plan or measure.</summary>
    public const string Title = "title";

    /// <summary>A document's number, such as 凉委办发〔2022〕14号.</summary>
    public const string Number = "number";

    /// <summary>An issue date as ISO 8601 (yyyy-MM-dd).</summary>
    public const string Date = "date";

    /// <summary>Full text of a measure.</summary>
    public const string Text = "text";

    /// <summary>Section heading a measure sits under, such as （一）大力实施普惠性资源扩容增效.</summary>
    public const string Section = "section";

    /// <summary>Position (1-based) of a plan in its document or a measure in its plan.</summary>
    public const string Ordinal = "ordinal";

    /// <summary>Id of the document a piece of evidence was read from.</summary>
    public const string EvidenceDocumentId = "evidenceDocumentId";

    /// <summary>Character offset of the evidence in the document's normalised text.</summary>
    public const string EvidenceOffset = "evidenceOffset";

    /// <summary>Length in characters of the evidence span.</summary>
    public const string EvidenceLength = "evidenceLength";

    /// <summary>A short excerpt of the evidence span.</summary>
    public const string EvidenceSnippet = "evidenceSnippet";
}
