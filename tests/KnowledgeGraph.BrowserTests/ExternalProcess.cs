using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace KnowledgeGraph.BrowserTests;

/// <summary>Runs the install script and the Node driver from the source tree and hands back everything they printed.</summary>
internal static class ExternalProcess
{
    /// <summary>This project's folder in the source tree, where package.json, the driver script and artifacts/ live.</summary>
    public static string BrowserTestsDirectory { get; } = typeof(ExternalProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BrowserTestsDirectory")
        .Value!;

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(BrowserTestsDirectory, "..", ".."));

    /// <summary>Runs <paramref name="fileName"/> to the end, or kills it after <paramref name="timeout"/>.</summary>
    /// <returns>The exit code (-1 when killed) and stdout and stderr interleaved as they arrived.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = BrowserTestsDirectory,
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
