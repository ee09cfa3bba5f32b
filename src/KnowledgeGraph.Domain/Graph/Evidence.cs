namespace KnowledgeGraph.Domain.Graph;

/// <summary>Where a fact was read: a span of a document's normalised text and a short excerpt of it.</summary>
/// <param name="DocumentId">Id of the document node.</param>
/// <param name="Offset">Character offset in the normalised text.</param>
/// <param name="Length">Length of the span in characters.</param>
/// <param name="Snippet">The span's text, shortened when long.</param>
public sealed record Evidence(string DocumentId, int Offset, int Length, string Snippet)
{
    /// <summary>Evidence is stored as flat properties because Neo4j properties cannot hold maps.</summary>
    public void WriteTo(IDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        properties[PropertyNames.EvidenceDocumentId] = DocumentId;
        properties[PropertyNames.EvidenceOffset] = (long)Offset;
        properties[PropertyNames.EvidenceLength] = (long)Length;
        properties[PropertyNames.EvidenceSnippet] = Snippet;
    }

    /// <summary>Reads evidence written by <see cref="WriteTo"/>, or null when the properties hold none.</summary>
    public static Evidence? ReadFrom(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.GetValueOrDefault(PropertyNames.EvidenceDocumentId) is string documentId
            ? new Evidence(
                documentId,
                (int)Convert.ToInt64(properties[PropertyNames.EvidenceOffset], System.Globalization.CultureInfo.InvariantCulture),
                (int)Convert.ToInt64(properties[PropertyNames.EvidenceLength], System.Globalization.CultureInfo.InvariantCulture),
                (string)properties[PropertyNames.EvidenceSnippet]!)
            : null;
    }
}
