using GraphQL.Types;

namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>The <c>Error</c> interface every error type of a mutation payload implements, as in HotChocolate.</summary>
public sealed class ErrorInterface : InterfaceGraphType<IngestionError>
{
    /// <summary>Declares <c>message</c> and <c>code</c>.</summary>
    public ErrorInterface()
    {
        Name = "Error";
        Description = "An error a mutation answers in its payload's `errors`; each kind is its own type.";
        Field(error => error.Message).Description("What went wrong and what to do about it, for people.");
        Field(error => error.Code).Description("Machine-readable code, such as `EMPTY_DOCUMENT`.");
    }
}
