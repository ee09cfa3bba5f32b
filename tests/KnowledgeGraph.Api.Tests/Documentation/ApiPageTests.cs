using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Api.Tests.Documentation;

/// <summary>docs/api.md names every error code the service defines.</summary>
public sealed class ApiPageTests
{
    [Fact]
    public void It_lists_every_error_code_the_service_defines()
    {
        var page = DocumentationPages.Read("docs/api.md");
        var codes = new[] { typeof(ErrorCodes), typeof(StoreErrorCodes) }
            .SelectMany(codesClass => codesClass.GetFields().Where(field => field.IsLiteral))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"`{code}`", page, StringComparison.Ordinal));
    }
}
