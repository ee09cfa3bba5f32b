using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// The service's log as a user sees it: the built service started as a process from a working directory that is not
/// its own folder, so that appsettings.json is found only if the service looks beside itself for it.
/// </summary>
public sealed class ServiceLogTests : IDisposable
{
    private readonly TemporaryDataDirectory _workingDirectory = new();
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public ServiceLogTests() => Directory.CreateDirectory(_workingDirectory.Path);

    public void Dispose()
    {
        _workingDirectory.Dispose();
        _dataDirectory.Dispose();
    }

    // Starts the service, waits until the corpus is loaded, asks for /healthz, stops it as Ctrl+C does and returns
    // its log, complete because the host flushes it on the way out.
    private async Task<(string Log, Uri Address)> ServeOneRequestAsync(Dictionary<string, string?> environment)
    {
        using var service = ApiCommandLine.Start(["--urls", "http://127.0.0.1:0"], _workingDirectory.Path, environment);
        var address = await ApiCommandLine.WaitUntilListeningAsync(service);
        using var client = new HttpClient { BaseAddress = address };
        await WaitUntilReadyAsync(client);
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).EnsureSuccessStatusCode();

        Assert.Equal(0, await service.StopAsync(ApiCommandLine.Timeout));
        return (service.Output, address);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        using var deadline = new CancellationTokenSource(ApiCommandLine.Timeout);
        while (!(await client.GetAsync(new Uri("/readyz", UriKind.Relative), deadline.Token)).IsSuccessStatusCode)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }

    [Fact]
    public async Task By_default_the_log_holds_the_start_up_summary_and_no_request()
    {
        var (log, address) = await ServeOneRequestAsync(ApiCommandLine.SeededEnvironment(_dataDirectory.Path));

        Assert.Contains($"Now listening on: {address.OriginalString}", log, StringComparison.Ordinal);
        Assert.Contains("Content root path: " + AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar), log, StringComparison.Ordinal);
        Assert.Contains("Loaded 5 documents: 5 seeds from", log, StringComparison.Ordinal);
        // appsettings.json keeps requests and each document's load out of the log; without it both are Information.
        Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded 000_", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging__LogLevel__Default_Information_logs_every_request()
    {
        var environment = ApiCommandLine.SeededEnvironment(_dataDirectory.Path);
        environment["Logging__LogLevel__Default"] = "Information";

        var (log, address) = await ServeOneRequestAsync(environment);

        Assert.Contains($"Request starting HTTP/1.1 GET {new Uri(address, "/healthz")}", log, StringComparison.Ordinal);
        Assert.Contains("Loaded 5 documents: 5 seeds from", log, StringComparison.Ordinal);
    }
}
