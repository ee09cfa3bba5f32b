namespace KnowledgeGraph.Domain.Documents;

/// <summary>A source file and what its header says about it.</summary>
public sealed class Document
{
    /// <summary>Node id.</summary>
    public required string Id { get; init; }

    /// <summary>File name as ingested, such as 004_e24c27e5441453ca.txt.</summary>
    public required string FileName { get; init; }

    /// <summary>Title from the document's header, when one was found.</summary>
    public string? Title { get; init; }

    /// <summary>Document number such as 凉委办发〔2022〕14号.</summary>
    public string? Number { get; init; }

    /// <summary>Issue date.</summary>
    public DateOnly? Date { get; init; }
}
