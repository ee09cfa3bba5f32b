namespace KnowledgeGraph.Api.Ingestion.Errors;

/// <summary>GraphQL type of <see cref="InvalidFileNameError"/>.</summary>
public sealed class InvalidFileNameErrorType : ErrorGraphType<InvalidFileNameError>
{
    /// <summary>Declares the file name and the reason.</summary>
    public InvalidFileNameErrorType()
        : base("`INVALID_FILE_NAME`: the name has folders, `..`, characters file names may not hold (controls, bidirectional or "
            + "zero-width characters), is a device name Windows reserves (`CON`, `NUL`, `COM1` …), or does not end in `.txt`.")
    {
        Field(error => error.FileName).Description("The file name as given.");
        Field(error => error.Reason).Description("What is wrong with it.");
    }
}
