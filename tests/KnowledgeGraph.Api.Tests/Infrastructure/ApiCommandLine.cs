using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// The built service run as a user runs it, <c>dotnet KnowledgeGraph.Api.dll ARGS</c> (what <c>dotnet run</c> and the
/// Docker image's entry point do), in a working directory of the test's choosing.
/// </summary>
internal static partial class ApiCommandLine
{
    /// <summary>Longer than any command takes on a busy machine; a command still running then has hung.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>How the service's start-up log says where it listens, the address following.</summary>
    public const string Listening = "Now listening on: ";

    // The service's build output, copied beside the tests with its appsettings.json.
    private static readonly string Assembly = typeof(Program).Assembly.Location;

    /// <summary>
    /// Settings that point the service at the repository's seeds and persisted operations and at a data directory of
    /// the test's, by environment variables as the Docker image does, so that any working directory will do.
    /// </summary>
    public static Dictionary<string, string?> SeededEnvironment(string dataDirectory) => new()
    {
        ["KnowledgeGraph__DocumentsPath"] = RepositoryPaths.SeedDocuments,
        ["KnowledgeGraph__PersistedOperations__Path"] = RepositoryPaths.PersistedOperations,
        ["KnowledgeGraph__DataDir"] = dataDirectory,
    };

    /// <summary>Starts the service with <paramref name="arguments"/>; dispose the result to kill what still runs.</summary>
    public static RunningProcess Start(
        IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var startInfo = new ProcessStartInfo("dotnet", [Assembly, .. arguments]) { WorkingDirectory = workingDirectory };
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        return RunningProcess.Start(startInfo);
    }

    /// <summary>Runs a command that ends by itself (not the service) to its end.</summary>
    public static async Task<CommandOutcome> RunAsync(
        IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        using var process = Start(arguments, workingDirectory, environment);
        var exitCode = await process.WaitForExitAsync(Timeout);
        return new CommandOutcome(exitCode, process.StandardOutput, process.StandardError);
    }

    /// <summary>The address the service printed once it listens; fails the test when it ends or hangs first.</summary>
    public static async Task<Uri> WaitUntilListeningAsync(RunningProcess service)
    {
        var listening = await service.WaitForOutputAsync(ListeningLine(), Timeout);
        Assert.True(listening is not null, $"The service did not say where it listens:\n{service.Output}");
        return new Uri(listening.Groups["address"].Value);
    }

    [GeneratedRegex(Listening + @"(?<address>\S+)")]
    private static partial Regex ListeningLine();
}

/// <summary>How a command ended: its exit code (null when it hung and was killed), stdout and stderr.</summary>
internal sealed record CommandOutcome(int? ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The lines of stderr, without the empty ones.</summary>
    public IReadOnlyList<string> ErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
