using System.Net;
using System.Text;
using System.Xml.Linq;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Querying;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// A store that holds back a whole-graph export once its nodes are written: reading relationships by the nodes they
/// start at waits until the test opens it, and records whether the wait was cancelled.
/// </summary>
internal sealed class HeldRelationshipsGraphStore() : DelegatingGraphStore(new EmbeddedGraphStore())
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when an export asks for relationships, every node written.</summary>
    public Task Held => _held.Task;

    /// <summary>Completes when a held read is cancelled.</summary>
    public Task Cancelled => _cancelled.Task;

    public void Open() => _open.TrySetResult();

    public override async Task<IReadOnlyList<RelationshipRecord>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, RelationshipDirection direction, string type, CancellationToken cancellationToken = default)
    {
        _held.TrySetResult();
        try
        {
            await _open.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }

        return await base.GetRelationshipsAsync(nodeIds, direction, type, cancellationToken);
    }
}

/// <summary>The API on the seeds with that store, letting one whole-graph export run at a time.</summary>
public sealed class HeldExportApiFactory : SeededApiFactory
{
    internal HeldRelationshipsGraphStore Store { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Export:MaxConcurrentWholeGraphExports", "1");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IGraphStore>(Store)));
    }
}

public sealed class StreamingExportTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_whole_graph_export_reaches_the_client_before_the_graph_has_been_read_to_the_end()
    {
        using var api = new HeldExportApiFactory();
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/export/graph.graphml", HttpCompletionOption.ResponseHeadersRead).WaitAsync(Bound);
        var body = new ReceivedBody(await response.Content.ReadAsStreamAsync());

        await api.Store.Held.WaitAsync(Bound);
        var beforeAnyRelationship = await body.WhenItHoldsAsync("</node>");

        // Nodes have arrived while no relationship has been read: the file is written as the graph is read.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<edge", beforeAnyRelationship, StringComparison.Ordinal);
        api.Store.Open();
        var graphml = XDocument.Parse(await body.ToEndAsync());
        Assert.NotEmpty(graphml.Descendants(ExportReader.GraphML + "edge"));
    }

    [Fact]
    public async Task Whole_graph_exports_beyond_the_configured_number_wait_their_turn_with_429_while_neighbourhoods_still_run()
    {
        using var api = new HeldExportApiFactory();
        using var client = api.CreateClient();
        var id = await api.UnitIdAsync(KnownNodes.FinanceBureau);
        using var running = await client.GetAsync("/export/edges.csv", HttpCompletionOption.ResponseHeadersRead).WaitAsync(Bound);
        var body = new ReceivedBody(await running.Content.ReadAsStreamAsync());
        await api.Store.Held.WaitAsync(Bound);

        using var refused = await client.GetAsync("/export/graph.jsonld").WaitAsync(Bound);
        using var neighbourhood = await client.GetAsync($"/export/graph.graphml?node={id}").WaitAsync(Bound);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, neighbourhood.StatusCode);
        api.Store.Open();
        await body.ToEndAsync();
        using var afterwards = await client.GetAsync("/export/graph.jsonld").WaitAsync(Bound);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_export_reading_the_store()
    {
        using var api = new HeldExportApiFactory();
        using var client = api.CreateClient();
        using var leaving = new CancellationTokenSource();
        var response = await client.GetAsync("/export/graph.jsonld", HttpCompletionOption.ResponseHeadersRead, leaving.Token).WaitAsync(Bound);
        _ = new ReceivedBody(await response.Content.ReadAsStreamAsync(leaving.Token));
        await api.Store.Held.WaitAsync(Bound);

        await leaving.CancelAsync();
        response.Dispose();

        await api.Store.Cancelled.WaitAsync(Bound);
    }

    /// <summary>
    /// Reads a response body as it arrives, as a client does: the server writes no faster than its client reads, so
    /// a test that waits for the server must keep reading meanwhile.
    /// </summary>
    private sealed class ReceivedBody
    {
        private readonly StringBuilder _received = new();
        private readonly Task _reading;

        public ReceivedBody(Stream body) => _reading = Task.Run(() => ReadAsync(body));

        public async Task<string> WhenItHoldsAsync(string marker)
        {
            using var patience = new CancellationTokenSource(Bound);
            while (!Snapshot().Contains(marker, StringComparison.Ordinal))
            {
                Assert.False(_reading.IsCompleted, $"The body ended without '{marker}'.");
                await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
            }

            return Snapshot();
        }

        public async Task<string> ToEndAsync()
        {
            await _reading.WaitAsync(Bound);
            return Snapshot();
        }

        private string Snapshot()
        {
            lock (_received)
            {
                return _received.ToString();
            }
        }

        private async Task ReadAsync(Stream body)
        {
            var decoder = Encoding.UTF8.GetDecoder();
            var buffer = new byte[4096];
            var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                var count = decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                lock (_received)
                {
                    _received.Append(chars, 0, count);
                }
            }
        }
    }
}
