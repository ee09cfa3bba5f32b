using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Pages;

/// <summary>The seeds' store, plus one unit whose name and aliases are markup, as a hostile document could make them.</summary>
internal sealed class HostileUnitGraphStore() : DelegatingGraphStore(new EmbeddedGraphStore())
{
    public const string Name = "<script>alert('单位')</script>局";

    public static readonly string[] Aliases = ["\"><img src=x onerror=alert(1)>", "&lt;b&gt;局"];

    private static readonly NodeRecord Unit = new(
        NodeIds.Unit(Name),
        NodeLabels.Unit,
        new Dictionary<string, object?> { [PropertyNames.Name] = Name, [PropertyNames.Aliases] = Aliases });

    public override async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        query.Filter is PropertyCondition { Property: PropertyNames.Name, Value: Name }
            ? new NodePage([Unit], 0, 1)
            : await base.FindNodesAsync(query, cancellationToken);
}

public sealed class HostileUnitApiFactory : SeededApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(new HostileUnitGraphStore())));
    }
}

public sealed class HostileUnitTests(HostileUnitApiFactory api) : IClassFixture<HostileUnitApiFactory>
{
    [Fact]
    public async Task A_unit_whose_name_and_aliases_are_markup_is_shown_as_text()
    {
        var (response, page) = await api.GetPageAsync(UnitPageReader.UrlOf(HostileUnitGraphStore.Name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Empty(page.QuerySelectorAll("b"));
        Assert.Equal(HostileUnitGraphStore.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HostileUnitGraphStore.Aliases, page.QuerySelector(".aliases")!.TextContent.Split('、'));
        Assert.Contains(HostileUnitGraphStore.Name, page.Title, StringComparison.Ordinal);
    }
}
