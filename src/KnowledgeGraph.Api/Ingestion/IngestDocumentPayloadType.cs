using GraphQL.Types;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Ingestion.Errors;
using KnowledgeGraph.Domain.Documents;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>GraphQL type of <see cref="IngestionResult"/>, shaped like a HotChocolate mutation payload.</summary>
public sealed class IngestDocumentPayloadType : ObjectGraphType<IngestionResult>
{
    /// <summary>Declares the payload fields.</summary>
    public IngestDocumentPayloadType()
    {
        Name = "IngestDocumentPayload";
        Description = "What `ingestDocument` did: the document and the counts of what changed, or the errors that "
            + "rejected it (a rejected document changes nothing).";
        Field<DocumentType>("document")
            .Description("The document as now stored; null when it was rejected.")
            .Resolve(context => context.Source.Document is { } record
                ? GraphRequest.Of(context).Mapper.Map<Document>(record)
                : null);
        Field<NonNullGraphType<ChangeCountsType>>("nodes")
            .Description("What happened to the document's nodes (all zero when rejected).")
            .Resolve(context => context.Source.Changes.Nodes);
        Field<NonNullGraphType<ChangeCountsType>>("relationships")
            .Description("What happened to the document's relationships (all zero when rejected).")
            .Resolve(context => context.Source.Changes.Relationships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestDocumentWarningType>>>>("warnings")
            .Description("Things worth knowing about an ingested document, such as nothing being recognised in it.")
            .Resolve(context => context.Source.Warnings);
        Field<ListGraphType<NonNullGraphType<IngestDocumentErrorUnion>>>("errors")
            .Description("Why the document was rejected; null when it was ingested.")
            .Resolve(context => context.Source.Succeeded ? null : context.Source.Errors);
    }
}
