using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A process a test started, with what it printed kept three ways: stdout, stderr, and both interleaved as they
/// arrived. Disposing it kills whatever is still running.
/// </summary>
public sealed class RunningProcess : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly StringBuilder _output = new();

    private RunningProcess(Process process) => _process = process;

    /// <summary>What the process wrote to stdout so far.</summary>
    public string StandardOutput => Read(_standardOutput);

    /// <summary>What the process wrote to stderr so far.</summary>
    public string StandardError => Read(_standardError);

    /// <summary>stdout and stderr so far, line by line in the order they arrived.</summary>
    public string Output => Read(_output);

    /// <summary>Starts <paramref name="startInfo"/> with stdout and stderr redirected to this object.</summary>
    public static RunningProcess Start(ProcessStartInfo startInfo)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var running = new RunningProcess(new Process { StartInfo = startInfo });
        running._process.OutputDataReceived += (_, line) => running.Append(running._standardOutput, line.Data);
        running._process.ErrorDataReceived += (_, line) => running.Append(running._standardError, line.Data);
        running._process.Start();
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        return running;
    }

    /// <summary>
    /// Waits until stdout and stderr together hold a match of <paramref name="pattern"/>; null when the process ends
    /// or <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task<Match?> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // Read whether it has exited before the output, so that no line printed just before the exit is missed; an
            // exited process's last lines may still be on their way to the handlers, and WaitForExitAsync waits for
            // both streams to end.
            var exited = _process.HasExited;
            if (exited)
            {
                await _process.WaitForExitAsync();
            }

            if (pattern.Match(Output) is { Success: true } match)
            {
                return match;
            }

            if (exited || DateTime.UtcNow > deadline)
            {
                return null;
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Waits for the process to end and for all it printed; kills it after <paramref name="timeout"/>.</summary>
    /// <returns>The exit code, or null when it had to be killed.</returns>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            return null;
        }
    }

    /// <summary>
    /// Asks the process to stop as Ctrl+C, <c>docker stop</c> and systemd do (SIGTERM, on which .NET hosts shut down
    /// gracefully and flush their logs), then waits as <see cref="WaitForExitAsync"/> does.
    /// </summary>
    public async Task<int?> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            // .NET can only kill a process outright; kill(1) sends the signal a user's Ctrl+C or docker stop would.
            using var kill = Process.Start("kill", ["-s", "TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            stream.AppendLine(line);
            _output.AppendLine(line);
        }
    }

    private string Read(StringBuilder stream)
    {
        lock (_output)
        {
            return stream.ToString();
        }
    }
}
