namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The waits between retries as Neo4j's drivers space them: the first delay, doubled for each later retry, each moved
/// by up to ±20 % at random so that many clients failing together do not retry in step.
/// </summary>
internal sealed class ExponentialBackoff(TimeSpan firstDelay, TimeSpan maxDelay, Random random)
{
    private const double Jitter = 0.2;

    /// <summary>The wait before retry number <paramref name="retry"/> (0 for the first).</summary>
    public TimeSpan DelayBefore(int retry)
    {
        // Past 2^30 the doubling has long exceeded any budget; capping the exponent keeps the arithmetic finite.
        var nominal = firstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var jittered = nominal * (1 + ((random.NextDouble() * 2) - 1) * Jitter);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
