using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Extensions;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Ingestion;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Api.Tests.Commands;

/// <summary>
/// <c>docs/commands.md</c> cannot drift: every command line it shows runs as <c>dotnet run</c> runs it and prints what
/// the doc shows, with the exit code it shows; every command, option and exit code of the code is in the doc.
/// </summary>
public sealed class CommandsDocTests : IDisposable
{
    // The doc's service examples listen here; each run takes a free port instead, so that parallel runs never collide.
    private const string DocumentedAddress = "http://localhost:5080";

    private readonly TemporaryDataDirectory _repositoryCopy = new();

    public CommandsDocTests()
    {
        // dotnet run starts the service in the repository root; a copy of the folders the examples read keeps what
        // they write (data/, schema/, build/) out of the real one.
        Copy(RepositoryPaths.SeedDocuments, Path.Combine(_repositoryCopy.Path, "seeds", "documents"));
        Copy(RepositoryPaths.PersistedOperations, Path.Combine(_repositoryCopy.Path, "persisted"));
    }

    public static TheoryData<string> CommandLines => [.. CommandsDoc.Examples.Select(example => example.CommandLine)];

    public void Dispose() => _repositoryCopy.Dispose();

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task Every_command_line_of_the_doc_prints_what_the_doc_shows_and_exits_with_its_code(string commandLine)
    {
        var example = CommandsDoc.Examples.First(candidate => candidate.CommandLine == commandLine);
        Assert.DoesNotContain('"', example.CommandLine);
        var address = $"http://localhost:{LoopbackPorts.Free()}";

        using var process = ApiCommandLine.Start(
            example.Arguments.Select(argument => argument.Replace(DocumentedAddress, address, StringComparison.Ordinal)),
            _repositoryCopy.Path,
            example.Environment);
        foreach (var line in example.Output)
        {
            var printed = await process.WaitForOutputAsync(OutputLine(line.Replace(DocumentedAddress, address, StringComparison.Ordinal)), ApiCommandLine.Timeout);
            Assert.True(printed is not null, $"'{commandLine}' did not print '{line}'; it printed:\n{process.Output}");
        }

        // The service, which says where it listens, runs until it is stopped as a reader stops it, with Ctrl+C; the
        // other commands end by themselves.
        var exitCode = example.Output.Any(line => line.StartsWith(ApiCommandLine.Listening, StringComparison.Ordinal))
            ? await process.StopAsync(ApiCommandLine.Timeout)
            : await process.WaitForExitAsync(ApiCommandLine.Timeout);
        Assert.True(example.ExitCode == exitCode, $"'{commandLine}' exited with {exitCode}, not {example.ExitCode}; it printed:\n{process.Output}");
    }

    [Fact]
    public async Task Every_command_and_each_of_its_options_is_run_by_an_example()
    {
        await using var app = BuildApp();
        var root = KnowledgeGraphCommands.Create(app);
        // Which command an example runs, by the service's own parser. The examples name paths of the repository
        // copy they run in, which the parser cannot find from here: only the examples of usage errors are left out.
        var parsed = CommandsDoc.Examples
            .Where(example => example.ExitCode != ExitCodes.UsageError)
            .Select(example => root.Parse([.. example.Arguments]))
            .Where(parse => parse.Action is not HelpAction)
            .ToList();

        foreach (var command in Runnable(root))
        {
            var running = parsed.Where(parse => parse.CommandResult.Command == command).ToList();
            Assert.True(running.Count > 0, $"No example in docs/commands.md runs '{command.Name}'.");
            foreach (var option in command.Options.Where(option => !option.Hidden && !IsBuiltIn(option)))
            {
                Assert.True(
                    running.Exists(parse => parse.GetResult(option) is { Implicit: false }),
                    $"No example in docs/commands.md gives {option.Name} to '{command.Name}'.");
            }
        }
    }

    [Fact]
    public void Every_exit_code_is_in_the_table_and_shown_by_an_example()
    {
        var codes = typeof(ExitCodes).GetFields().Select(field => (int)field.GetRawConstantValue()!).ToList();

        Assert.Equal(5, codes.Count);
        foreach (var code in codes)
        {
            Assert.Matches($@"(?m)^\| `{code}` \| \S", CommandsDoc.Text);
            Assert.Contains(CommandsDoc.Examples, example => example.ExitCode == code);
        }
    }

    // The commands that do something (schema only groups export).
    private static IEnumerable<Command> Runnable(Command command) =>
        command.Subcommands.SelectMany(Runnable).Prepend(command).Where(candidate => candidate.Action is not null);

    // --help and --version come with System.CommandLine; the doc says once that every command has --help.
    private static bool IsBuiltIn(Option option) => option is HelpOption or VersionOption;

    private static WebApplication BuildApp()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddKnowledgeGraph();
        return builder.Build();
    }

    private static Regex OutputLine(string line) =>
        new($@"(?m)^\s*{string.Join(".*", line.Trim().Split('…').Select(Regex.Escape))}\s*$");

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
