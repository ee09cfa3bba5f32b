using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests;

public sealed class PageWindowTests
{
    [Theory]
    [InlineData(null, null, 3, null, 10, 0, 3)]
    [InlineData(2, null, 3, null, 10, 3, 3)]
    [InlineData(8, null, 5, null, 10, 9, 1)]
    [InlineData(null, null, null, 4, 10, 6, 4)]
    [InlineData(null, 5, null, 2, 10, 3, 2)]
    [InlineData(1, 5, null, null, 10, 2, 3)]
    [InlineData(1, 5, 10, 2, 10, 3, 2)]
    [InlineData(20, null, 5, null, 10, 10, 0)]
    [InlineData(5, 3, null, null, 10, 6, 0)]
    public void Resolves_relay_arguments_to_an_offset_and_count(
        int? after, int? before, int? first, int? last, int total, int expectedOffset, int expectedCount)
    {
        var window = new PageWindow(after, before, first, last);

        Assert.Equal((expectedOffset, expectedCount), window.Resolve(total));
        Assert.True(window.Reach is not { } reach || expectedCount == 0 || expectedOffset + expectedCount <= reach, "the window selects nothing beyond Reach");
    }

    [Theory]
    [InlineData(null, null, 3, null, 3)]
    [InlineData(2, null, 3, null, 6)]
    [InlineData(null, 5, null, 2, 5)]
    [InlineData(1, 5, 10, 2, 5)]
    [InlineData(null, null, null, 4, null)]
    public void Reach_is_how_far_from_the_start_a_window_can_end(int? after, int? before, int? first, int? last, int? expectedReach)
    {
        Assert.Equal(expectedReach, new PageWindow(after, before, first, last).Reach);
    }
}
