using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Where a document's batch holds a record: the document, then the record's index in the batch's list. The graph's
/// document order sorts a record by the position of the first document holding it (<see cref="SharedRecords.DocumentOrder"/>).
/// </summary>
internal readonly record struct DocumentPosition(string DocumentId, int Index) : IComparable<DocumentPosition>
{
    public int CompareTo(DocumentPosition other)
    {
        var byDocument = SharedRecords.DocumentOrder.Compare(DocumentId, other.DocumentId);
        return byDocument != 0 ? byDocument : Index.CompareTo(other.Index);
    }
}
