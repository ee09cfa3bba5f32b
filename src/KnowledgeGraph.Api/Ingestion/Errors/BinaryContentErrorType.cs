namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="BinaryContentError"/>.</summary>
public sealed class BinaryContentErrorType : ErrorGraphType<BinaryContentError>
{
    /// <summary>Declares the offset.</summary>
    public BinaryContentErrorType()
        : base("`BINARY_CONTENT`: the text holds NUL or other control characters that plain text does not.")
    {
        Field(error => error.Offset).Description("Character offset of the first such character.");
    }
}
