namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The shape of one statement the Neo4j store can send: its name, its text, and the names of the parameters it takes
/// (values are left out: they are chosen at run time). Listed by <see cref="Neo4jStatementCatalog"/> so that every
/// statement can be checked by Neo4j's own parser.
/// </summary>
public sealed record CypherStatementVariant(string Name, string Text, IReadOnlyList<string> ParameterNames)
{
    internal static CypherStatementVariant Of(CypherStatement statement) =>
        new(statement.Name, statement.Text, [.. statement.Parameters.Keys]);
}
