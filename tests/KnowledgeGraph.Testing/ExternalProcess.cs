using System.Diagnostics;

namespace KnowledgeGraph.Testing;

/// <summary>Runs install scripts and Node drivers from the source tree and hands back everything they printed.</summary>
public static class ExternalProcess
{
    /// <summary>
    /// Runs <paramref name="fileName"/> in <paramref name="workingDirectory"/> to the end, or kills it after
    /// <paramref name="timeout"/>.
    /// </summary>
    /// <returns>The exit code (-1 when killed) and stdout and stderr interleaved as they arrived.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        using var process = RunningProcess.Start(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = workingDirectory });
        return await process.WaitForExitAsync(timeout) is { } exitCode
            ? (exitCode, process.Output)
            : (-1, process.Output + $"killed after {timeout}" + Environment.NewLine);
    }
}
