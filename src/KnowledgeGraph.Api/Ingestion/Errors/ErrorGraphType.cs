using GraphQL.Types;

namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>An error type named after its record (<c>EmptyDocumentError</c>), implementing <see cref="ErrorInterface"/>.</summary>
/// <typeparam name="TError">The error record.</typeparam>
public abstract class ErrorGraphType<TError> : ObjectGraphType<TError>
    where TError : IngestionError
{
    /// <summary>Declares the type with <c>message</c> and <c>code</c>; subclasses add the error's own fields.</summary>
    protected ErrorGraphType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Field(error => error.Message).Description("What went wrong and what to do about it, for people.");
        Field(error => error.Code).Description("Machine-readable code, the same as in the service log.");
        Interface<ErrorInterface>();
    }
}
