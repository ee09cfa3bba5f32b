using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// Lets at most <see cref="ExportOptions.MaxConcurrentWholeGraphExports"/> whole-graph exports run at once: each reads
/// every node and relationship, so a few clients asking again and again must not keep the store busy for everyone.
/// </summary>
internal sealed class WholeGraphExportGate(IOptions<ExportOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _running = new(options.Value.MaxConcurrentWholeGraphExports);

    /// <summary>Takes a place if one is free, without waiting.</summary>
    public bool TryEnter() => _running.Wait(0);

    /// <summary>Gives the place back.</summary>
    public void Exit() => _running.Release();

    /// <inheritdoc />
    public void Dispose() => _running.Dispose();
}
