using System.CommandLine;

namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// The arguments that ASP.NET Core reads as configuration when the service runs, such as <c>--urls http://+:8080</c>
/// or <c>--Logging:LogLevel:Default=Information</c>. They pass through to the host untouched; any other word is a
/// mistake (a misspelt command such as <c>serv</c>) and must stop the command line instead of starting the server.
/// </summary>
internal static class HostArguments
{
    /// <summary>
    /// A hidden argument that takes the host's arguments for <c>serve</c> (and for no command), and reports as a
    /// parse error the first word that is not one of them, so that the error is printed with the help.
    /// </summary>
    public static Argument<string[]> Create()
    {
        var argument = new Argument<string[]>("host-arguments") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        argument.Validators.Add(result =>
        {
            if (FirstStray([.. result.Tokens.Select(token => token.Value)]) is { } stray)
            {
                result.AddError($"Unrecognized command or argument '{stray}'.");
            }
        });
        return argument;
    }

    /// <summary>
    /// The first argument that the command-line configuration provider would ignore, or null when it reads them all.
    /// The provider's grammar: <c>--key=value</c>, <c>/key=value</c> and <c>key=value</c> are settings; <c>--key</c> or
    /// <c>/key</c> takes the next argument as its value; a bare word or a single-dash switch is read as nothing (and
    /// <c>-k=value</c> stops the host before any command runs).
    /// </summary>
    public static string? FirstStray(IReadOnlyList<string> arguments)
    {
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (argument.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            if (argument.StartsWith("--", StringComparison.Ordinal) || argument.StartsWith('/'))
            {
                index++;
                continue;
            }

            return argument;
        }

        return null;
    }
}
