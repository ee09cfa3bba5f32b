using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Schema;

[Collection(SeededApi.Name)]
public sealed class SchemaFileTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public void The_checked_in_schema_is_the_running_schema()
    {
        var running = KnowledgeGraphCommands.PrintSchema(api.Services);
        var checkedIn = File.ReadAllText(RepositoryPaths.CheckedInSchema).ReplaceLineEndings("\n");

        Assert.True(
            running == checkedIn,
            "schema/schema.graphql is out of date: run `dotnet run --project src/KnowledgeGraph.Api -- schema export` and review the diff.");
    }

    [Fact]
    public void Every_type_and_field_of_ours_has_a_description()
    {
        var schema = api.Services.GetRequiredService<GraphQL.Types.ISchema>();
        schema.Initialize();

        var undocumented = schema.AllTypes
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal) && type is not GraphQL.Types.ScalarGraphType)
            .SelectMany(type => (type is GraphQL.Types.IComplexGraphType complex ? complex.Fields.Select(f => (f.Name, f.Description)) : [])
                .Prepend((Name: "(type)", type.Description))
                .Where(member => string.IsNullOrWhiteSpace(member.Description))
                .Select(member => $"{type.Name}.{member.Name}"))
            .ToList();

        Assert.Empty(undocumented);
    }
}
