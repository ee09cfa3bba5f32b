using GraphQL.Types;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>GraphQL type of <see cref="IngestionWarning"/>.</summary>
public sealed class IngestDocumentWarningType : ObjectGraphType<IngestionWarning>
{
    /// <summary>Declares the warning fields.</summary>
    public IngestDocumentWarningType()
    {
        Name = "IngestDocumentWarning";
        Description = "Something worth knowing about a document that was ingested all the same.";
        Field(warning => warning.Code).Description("Machine-readable code: `NOTHING_RECOGNISED` or `DECODED_FROM_GB18030`.");
        Field(warning => warning.Message).Description("What it means.");
    }
}
