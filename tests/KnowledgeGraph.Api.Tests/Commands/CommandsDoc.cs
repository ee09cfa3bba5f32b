using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Commands;

/// <summary>
/// The examples of <c>docs/commands.md</c>: each <c>$</c> line of a ```console block, the lines under it that it must
/// print, and the exit code that a following <c>$ echo $?</c> shows (0 when none does).
/// </summary>
internal static partial class CommandsDoc
{
    /// <summary>What runs the service from the repository root in the doc's command lines.</summary>
    public const string DotnetRun = "dotnet run --project src/KnowledgeGraph.Api";

    private const string Prompt = "$ ";
    private const string EchoExitCode = "$ echo $?";

    public static string Text { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "commands.md"));

    public static IReadOnlyList<CommandsDocExample> Examples { get; } = Read();

    private static List<CommandsDocExample> Read()
    {
        var examples = new List<CommandsDocExample>();
        foreach (Match block in ConsoleBlock().Matches(Text))
        {
            var lines = block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (var index = 0; index < lines.Length; index++)
            {
                if (lines[index] == EchoExitCode)
                {
                    examples[^1] = examples[^1] with { ExitCode = int.Parse(lines[++index], System.Globalization.CultureInfo.InvariantCulture) };
                }
                else if (lines[index].StartsWith(Prompt, StringComparison.Ordinal))
                {
                    examples.Add(new CommandsDocExample(lines[index][Prompt.Length..], [], 0));
                }
                else
                {
                    examples[^1] = examples[^1] with { Output = [.. examples[^1].Output, lines[index]] };
                }
            }
        }

        return examples;
    }

    [GeneratedRegex(@"^```console\n(?<body>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ConsoleBlock();
}

/// <summary>One command line of the doc, the lines it must print (… stands for any text) and its exit code.</summary>
internal sealed record CommandsDocExample(string CommandLine, IReadOnlyList<string> Output, int ExitCode)
{
    /// <summary>The environment variables set before the command (<c>NAME=value dotnet run …</c>).</summary>
    public IReadOnlyDictionary<string, string?> Environment =>
        Words.TakeWhile(IsAssignment).Select(word => word.Split('=', 2)).ToDictionary(pair => pair[0], string? (pair) => pair[1]);

    /// <summary>The arguments after <c>dotnet run --project src/KnowledgeGraph.Api --</c>.</summary>
    public IReadOnlyList<string> Arguments
    {
        get
        {
            var command = string.Join(' ', Words.SkipWhile(IsAssignment));
            Assert.StartsWith(CommandsDoc.DotnetRun, command, StringComparison.Ordinal);
            return command[CommandsDoc.DotnetRun.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word == "--").ToList();
        }
    }

    // Plain words only: the doc quotes nothing, so that what a reader copies is what the test runs.
    private string[] Words => CommandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsAssignment(string word) => Regex.IsMatch(word, "^[A-Za-z_][A-Za-z0-9_]*=");

    public override string ToString() => CommandLine;
}
