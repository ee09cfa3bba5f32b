using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Errors;

/// <summary>
/// A store call that fails deep in a query (the plans of a unit's measures, three DataLoader steps down) fails only what
/// needed it: a measure's plan is non-null, so each failed plan nulls its measure and then the nullable list of
/// measures, as GraphQL's null propagation says; the levels above keep their data, each failed field has its coded
/// error at its path, and the request still answers 200.
/// </summary>
public sealed class NestedStoreFailureTests
{
    private const string JournalistQuery =
        """{ units(where: {name: {eq: "凉山州财政局"}}) { nodes { name measures(role: LEAD) { totalCount nodes { number title plan { title } } } } } }""";

    [Fact]
    public async Task A_failed_plan_lookup_nulls_the_page_of_measures_keeps_the_unit_and_its_count_and_gives_one_coded_error_per_plan()
    {
        await using var api = new PlanLookupFailingApiFactory();

        var (status, body) = await api.PostAsync(new { query = JournalistQuery });

        Assert.Equal(HttpStatusCode.OK, status);
        var unit = Assert.Single(body["data"]!["units"]!["nodes"]!.AsArray())!;
        Assert.Equal("凉山州财政局", unit["name"]!.GetValue<string>());
        var measureCount = unit["measures"]!["totalCount"]!.GetValue<int>();
        Assert.True(measureCount > 0);
        Assert.Null(unit["measures"]!["nodes"]);
        var errors = body["errors"]!.AsArray();
        Assert.Equal(measureCount, errors.Count);
        Assert.All(body.ErrorCodes(), code => Assert.Equal("INTERNAL_ERROR", code));
        Assert.All(errors, error => Assert.Equal("plan", error!["path"]!.AsArray()[^1]!.GetValue<string>()));
    }

    private sealed class PlanLookupFailingApiFactory : SeededApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(new PlanLookupFailingGraphStore(new EmbeddedGraphStore()))));
        }
    }

    private sealed class PlanLookupFailingGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public override Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            ids.Any(id => id.StartsWith("plan:", StringComparison.Ordinal))
                ? Task.FromException<IReadOnlyList<NodeRecord>>(new InvalidOperationException("The plans cannot be read."))
                : base.GetNodesAsync(ids, cancellationToken);
    }
}
