using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Commands;

/// <summary>
/// A word the command line does not know stops it with the error and the help, instead of starting the server; the
/// host's own options still pass through to ASP.NET Core. Run as a user runs the built service.
/// </summary>
public sealed class UnknownCommandTests : IDisposable
{
    private readonly TemporaryDataDirectory _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    [Theory]
    [InlineData("serv", "serv")]
    [InlineData("export graph", "export")]
    [InlineData("serve extra", "extra")]
    [InlineData("--urls http://127.0.0.1:0 serv", "serv")]
    public async Task An_unknown_word_is_named_on_stderr_followed_by_the_help_and_exit_code_2(string commandLine, string unknown)
    {
        var outcome = await ApiCommandLine.RunAsync(
            commandLine.Split(' '), RepositoryPaths.Root, ApiCommandLine.SeededEnvironment(_dataDirectory.Path));

        Assert.Equal(ExitCodes.UsageError, outcome.ExitCode);
        Assert.Equal($"Unrecognized command or argument '{unknown}'.", outcome.ErrorLines[0]);
        Assert.Contains("Usage:", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("serve", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(outcome.StandardOutput);
    }

    [Theory]
    [InlineData("--urls http://127.0.0.1:0")]
    [InlineData("--urls=http://127.0.0.1:0")]
    [InlineData("serve --urls http://127.0.0.1:0")]
    [InlineData("serve /urls http://127.0.0.1:0 Logging:LogLevel:Default=Warning")]
    public async Task Host_options_pass_through_to_the_service(string commandLine)
    {
        using var service = ApiCommandLine.Start(
            commandLine.Split(' '), RepositoryPaths.Root, ApiCommandLine.SeededEnvironment(_dataDirectory.Path));

        var address = await ApiCommandLine.WaitUntilListeningAsync(service);

        Assert.Equal("127.0.0.1", address.Host);
        var exitCode = await service.StopAsync(ApiCommandLine.Timeout);
        Assert.True(exitCode == ExitCodes.Success, $"The service stopped with {exitCode}:\n{service.Output}");
    }
}
