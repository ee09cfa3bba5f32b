using System.Net;
using System.Net.Http.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Search;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>A store whose search never finishes on its own: it waits for its cancellation token and records that it fired.</summary>
internal sealed class EndlessSearchGraphStore() : DelegatingGraphStore(new EmbeddedGraphStore())
{
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a search has been cancelled.</summary>
    public Task Cancelled => _cancelled.Task;

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("An infinite delay ended without cancellation.");
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }
    }
}

/// <summary>The API with the given execution timeout and a search that runs until it is cancelled.</summary>
public sealed class EndlessSearchApiFactory(TimeSpan executionTimeout, TimeSpan? shutdownTimeout = null) : SeededApiFactory
{
    internal EndlessSearchGraphStore Store { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Limits:ExecutionTimeout", executionTimeout.ToString());
        if (shutdownTimeout is { } timeout)
        {
            builder.UseSetting("KnowledgeGraph:Limits:ShutdownTimeout", timeout.ToString());
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(Store)));
    }
}

public sealed class CancellationTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private const string EndlessSearch = "{ search(text: \"教育\") { score } }";

    [Fact]
    public async Task An_operation_running_past_the_execution_timeout_is_cancelled_and_answers_TIMEOUT()
    {
        using var api = new EndlessSearchApiFactory(TimeSpan.FromSeconds(2));
        await WarmUpAsync(api);

        var response = await api.PostAsync(new { query = EndlessSearch }).WaitAsync(Bound);

        Assert.Equal(["TIMEOUT"], response.Body.ErrorCodes());
        await api.Store.Cancelled.WaitAsync(Bound);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_work_it_started()
    {
        // A timeout far beyond the test's bound: only the client's leaving can stop the search in time.
        using var api = new EndlessSearchApiFactory(TimeSpan.FromMinutes(5));
        await WarmUpAsync(api);
        using var client = api.CreateClient();
        using var leaving = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsJsonAsync("/graphql", new { query = EndlessSearch }, leaving.Token));

        await api.Store.Cancelled.WaitAsync(Bound);
    }

    [Fact]
    public async Task Stopping_the_service_cancels_running_work_once_the_shutdown_timeout_has_passed()
    {
        using var api = new EndlessSearchApiFactory(TimeSpan.FromMinutes(5), shutdownTimeout: TimeSpan.FromSeconds(1));
        api.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        api.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()) };
        (await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" })).EnsureSuccessStatusCode();
        var running = client.PostAsJsonAsync("/graphql", new { query = EndlessSearch });
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var lifetime = api.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopped.Register(stopped.SetResult);

        lifetime.StopApplication();

        await stopped.Task.WaitAsync(Bound);
        await api.Store.Cancelled.WaitAsync(Bound);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => running);
    }

    // The first request initialises the schema; after it, the endless search starts well within the timeout.
    private static async Task WarmUpAsync(EndlessSearchApiFactory api) => await api.DataAsync("{ __typename }");
}
