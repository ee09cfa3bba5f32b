using System.Diagnostics;
using System.Text;

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
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"killed after {timeout}");
            return (-1, output.ToString());
        }

        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
