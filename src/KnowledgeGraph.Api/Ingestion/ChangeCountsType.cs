using GraphQL.Types;
using KnowledgeGraph.Storage.Changes;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>GraphQL type of <see cref="ChangeCounts"/>.</summary>
public sealed class ChangeCountsType : ObjectGraphType<ChangeCounts>
{
    /// <summary>Declares the four counts.</summary>
    public ChangeCountsType()
    {
        Name = "ChangeCounts";
        Description = "How many of a document's nodes or relationships an ingest added, updated, left unchanged and removed, "
            + "compared with the previous version of the same document (all added for a new document).";
        Field(counts => counts.Added).Description("New since the previous version.");
        Field(counts => counts.Updated).Description("Same id as before, with different properties.");
        Field(counts => counts.Unchanged).Description("Exactly as before.");
        Field(counts => counts.Removed).Description("In the previous version, not in this one; gone unless another document has them.");
    }
}
