namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// <see cref="SpanIndex{T}"/> answers what the scans it replaced answered, on spans that nest, overlap, touch and
/// repeat: the first item in order of start that holds a span, the items inside a span, whether any item overlaps one.
/// </summary>
public sealed class SpanIndexTests
{
    private static readonly List<(SourceSpan Span, int Id)> Items = RandomSpans(seed: 7, count: 300, textLength: 2000)
        .Select((span, index) => (span, Id: index + 1))
        .ToList();

    private static readonly List<SourceSpan> Questions = RandomSpans(seed: 11, count: 2000, textLength: 2000);

    private static readonly SpanIndex<(SourceSpan Span, int Id)> Index = new(Items, item => item.Span);

    // The order the recognisers' lists are in: by start, ties in the order given.
    private static readonly List<(SourceSpan Span, int Id)> ByStart = [.. Items.OrderBy(item => item.Span.Start)];

    [Fact]
    public void Holding_is_the_first_item_by_start_whose_span_holds_the_question()
    {
        Assert.All(Questions, question => Assert.Equal(
            ByStart.FirstOrDefault(item => item.Span.Start <= question.Start && question.End <= item.Span.End).Id,
            Index.Holding(question).Id));
        Assert.Contains(Questions, question => Index.Holding(question) != default);
    }

    [Fact]
    public void Within_is_every_item_inside_the_question_by_start()
    {
        Assert.All(Questions, question => Assert.Equal(
            ByStart.Where(item => question.Start <= item.Span.Start && item.Span.End <= question.End).Select(item => item.Id),
            Index.Within(question).Select(item => item.Id)));
        Assert.Contains(Questions, question => Index.Within(question).Any());
    }

    [Fact]
    public void Overlaps_is_whether_any_item_shares_a_character_with_the_question()
    {
        Assert.All(Questions, question => Assert.Equal(
            Items.Any(item => item.Span.Start < question.End && question.Start < item.Span.End),
            Index.Overlaps(question)));
        Assert.Contains(Questions, question => !Index.Overlaps(question));
    }

    [Fact]
    public void An_empty_index_holds_nothing()
    {
        var empty = new SpanIndex<string>([], _ => default);

        Assert.Null(empty.Holding(new SourceSpan(3, 2)));
        Assert.Empty(empty.Within(new SourceSpan(0, 100)));
        Assert.False(empty.Overlaps(new SourceSpan(0, 100)));
    }

    // Mostly short spans, as mentions are, with some long ones (measures, articles) that hold many others.
    private static List<SourceSpan> RandomSpans(int seed, int count, int textLength)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var length = random.Next(10) == 0 ? random.Next(50, 400) : random.Next(1, 12);
            return new SourceSpan(random.Next(textLength - length), length);
        })];
    }
}
