using GraphQL.Types;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>GraphQL type of <see cref="IngestDocumentInput"/>.</summary>
public sealed class IngestDocumentInputType : InputObjectGraphType<IngestDocumentInput>
{
    /// <summary>Declares the input fields.</summary>
    public IngestDocumentInputType()
    {
        Name = "IngestDocumentInput";
        Description = "A document to add to the graph, or a new version of one.";
        Field(input => input.FileName).Description(
            "File name, such as `005_liangshan.txt`: a plain name ending in `.txt`, without folders or `..`. It is the "
            + "document's identity: ingesting the same name again replaces that document's facts.");
        Field(input => input.Text).Description("The full text, as extracted from the source (line breaks and all).");
    }
}
