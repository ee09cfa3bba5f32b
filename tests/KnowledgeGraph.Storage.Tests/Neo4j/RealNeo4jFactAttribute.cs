namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>A test that needs a real Neo4j: it runs when <c>NEO4J_URI</c> is set and is skipped, saying why, otherwise.</summary>
public sealed class RealNeo4jFactAttribute : FactAttribute
{
    public RealNeo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "No real Neo4j: set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to run the Query API contract against one, e.g. NEO4J_URI=http://localhost:7474 after docker compose up neo4j.";
        }
    }
}
