using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>Retries wait 1 s, 2 s, 4 s… (from the configured first delay), each within ±20 %, never past the cap.</summary>
public sealed class ExponentialBackoffTests
{
    [Fact]
    public void Each_delay_doubles_the_previous_one_within_twenty_percent()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));

        for (var retry = 0; retry < 4; retry++)
        {
            var nominal = Math.Pow(2, retry);
            for (var sample = 0; sample < 100; sample++)
            {
                Assert.InRange(backoff.DelayBefore(retry).TotalSeconds, nominal * 0.8, nominal * 1.2);
            }
        }
    }

    [Fact]
    public void Delays_are_jittered_so_that_clients_do_not_retry_in_step()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));

        var delays = Enumerable.Range(0, 20).Select(_ => backoff.DelayBefore(2)).Distinct().Count();

        Assert.True(delays > 10, $"only {delays} distinct delays");
    }

    [Fact]
    public void No_delay_exceeds_the_cap_however_many_retries_came_before()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));

        Assert.Equal(TimeSpan.FromSeconds(30), backoff.DelayBefore(1000));
    }
}
