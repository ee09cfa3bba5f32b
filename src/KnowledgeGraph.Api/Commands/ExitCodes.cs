namespace KnowledgeGraph.Api.Commands;

/// <summary>
/// What a command's exit code tells a script; <c>docs/commands.md</c> lists them for people. Each code means one
/// thing for every command, so a script can tell "call it differently" from "fix the documents".
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did everything it was asked to (the service ran and stopped cleanly).</summary>
    public const int Success = 0;

    /// <summary><c>ingest</c>: some documents were refused; the others were ingested.</summary>
    public const int SomeRefused = 1;

    /// <summary>
    /// The command line is wrong: an unknown command, a missing argument, a path that does not exist. The error and
    /// the command's help are printed; nothing was done.
    /// </summary>
    public const int UsageError = 2;

    /// <summary><c>extract</c> refused its document, or <c>ingest</c> found or accepted none; nothing was done.</summary>
    public const int NothingDone = 3;

    /// <summary>
    /// <c>ingest</c>: the graph store does not answer (Neo4j down, unreachable, or refusing the configured credentials or
    /// database); checked before anything is read, so nothing was done.
    /// </summary>
    public const int StoreUnavailable = 4;
}
