namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// A node or relationship as the writer reads it back: its id, the documents holding it and what each of them said
/// (<see cref="Neo4jGraphModel.DocumentIdsProperty"/> and <see cref="Neo4jGraphModel.ContributionsProperty"/>).
/// </summary>
internal sealed record StoredContributions(string Id, IReadOnlyList<string> DocumentIds, IReadOnlyList<string> Contributions)
{
    /// <summary>Reads a row with the fields <c>id</c>, <c>documentIds</c> and <c>contributions</c>.</summary>
    public static StoredContributions From(CypherRecord record)
    {
        var documentIds = Strings(record["documentIds"]);
        var contributions = Strings(record["contributions"]);
        if (documentIds.Count != contributions.Count)
        {
            throw new FormatException($"'{record["id"]}' holds {documentIds.Count} document ids but {contributions.Count} contributions.");
        }

        return new StoredContributions((string)record["id"]!, documentIds, contributions);
    }

    // A record written by someone else than this writer may lack the bookkeeping: it then holds no document's facts.
    private static List<string> Strings(object? value) =>
        value is IEnumerable<object?> items ? items.Cast<string>().ToList() : [];
}
