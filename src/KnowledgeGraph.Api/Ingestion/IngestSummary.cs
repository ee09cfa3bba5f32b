using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Ingestion.Input;
using KnowledgeGraph.Storage.Changes;
using Spectre.Console;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>The summary the <c>ingest</c> command prints at the end of a run.</summary>
internal static class IngestSummary
{
    /// <summary>
    /// One line for each kept document that failed verification while the corpus loaded, saying where it was moved, so
    /// that an operator running <c>ingest</c> learns of the damage without reading the log.
    /// </summary>
    public static void WriteSetAside(IAnsiConsole console, IReadOnlyList<SetAsideDocument> setAside)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(setAside);
        foreach (var document in setAside)
        {
            console.MarkupLineInterpolated($"[yellow]{DocumentProblemLines.SetAside(document)}[/]");
        }
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<(FileInfo File, IngestionResult Result)> outcomes, string dataDirectory)
    {
        if (outcomes.Count == 0)
        {
            console.MarkupLineInterpolated($"No documents found (folders are searched for *{DocumentFileName.Extension} files): nothing was ingested.");
            return;
        }

        var ingested = outcomes.Where(outcome => outcome.Result.Succeeded).Select(outcome => outcome.Result.Changes).ToList();
        var failed = outcomes.Count - ingested.Count;
        var added = ingested.Count(changes => changes.IsNewDocument);
        var unchanged = ingested.Count(changes => changes.IsUnchanged);
        console.MarkupLineInterpolated(
            $"Documents: [bold]{ingested.Count}[/] ingested ({added} new, {ingested.Count - added - unchanged} revised, {unchanged} unchanged), [bold]{failed}[/] failed.");

        var total = ingested.Aggregate(GraphChanges.None, (sum, changes) => sum + changes);
        var table = new Table().AddColumns("", "added", "updated", "unchanged", "removed");
        AddRow(table, "nodes", total.Nodes);
        AddRow(table, "relationships", total.Relationships);
        console.Write(table);

        foreach (var (file, result) in outcomes)
        {
            foreach (var error in result.Errors)
            {
                console.MarkupLineInterpolated($"[red]{DocumentProblemLines.Error(file.FullName, error)}[/]");
            }

            foreach (var warning in result.Warnings)
            {
                console.MarkupLineInterpolated($"[yellow]{DocumentProblemLines.Warning(file.FullName, warning)}[/]");
            }
        }

        if (ingested.Count == 0)
        {
            console.MarkupLineInterpolated($"Nothing was ingested: every document was refused, and {dataDirectory} is unchanged.");
            return;
        }

        console.MarkupLineInterpolated(
            $"Kept in {dataDirectory}: the service loads these documents when it starts (restart a running service to serve them).");
    }

    private static void AddRow(Table table, string kind, ChangeCounts counts) =>
        table.AddRow(kind, $"{counts.Added}", $"{counts.Updated}", $"{counts.Unchanged}", $"{counts.Removed}");
}
