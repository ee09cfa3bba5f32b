using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// Nodes without a property, as <see cref="NodeQuery"/> states for every store: they sort last in either direction,
/// never meet a comparison, and always meet its negation.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    // Funding lines by name, in document order: 3000万 (max 30M), 100万至200万 (max 2M), 50万 (max 500k), 不少于10万 and
    // 另行安排 (no max).
    private const string ThirtyMillion = "州级财政每年安排3000万元";
    private const string UpToTwoMillion = "州级财政安排100万至200万元";
    private const string FiveHundredThousand = "县级财政安排50万元";
    private const string AtLeastHundredThousand = "县级财政安排不少于10万元";
    private const string Unpriced = "另行安排经费";

    private async Task<IEnumerable<string?>> FundingLineNames(NodeFilter? filter, params SortField[] order)
    {
        var store = await StoreWith(FundingDocument());
        var page = await store.FindNodesAsync(new NodeQuery(NodeLabels.FundingLine, filter, order, PageWindow.FirstOf(10)));
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(node => node.GetString(PropertyNames.Name));
    }

    [Fact]
    public async Task Descending_order_puts_nodes_without_the_property_last_in_document_order()
    {
        var names = await FundingLineNames(null, new SortField(PropertyNames.AmountYuanMax, Descending: true));

        Assert.Equal([ThirtyMillion, UpToTwoMillion, FiveHundredThousand, AtLeastHundredThousand, Unpriced], names);
    }

    [Fact]
    public async Task Ascending_order_puts_nodes_without_the_property_last_too()
    {
        var names = await FundingLineNames(null, new SortField(PropertyNames.AmountYuanMax, Descending: false));

        Assert.Equal([FiveHundredThousand, UpToTwoMillion, ThirtyMillion, AtLeastHundredThousand, Unpriced], names);
    }

    public static TheoryData<string, NodeFilter, string[]> MissingPropertyFilters => new()
    {
        { "neq", new PropertyCondition(PropertyNames.Payer, FilterOperator.Equal, "州级财政", Negated: true), [FiveHundredThousand, AtLeastHundredThousand, Unpriced] },
        { "nin", new PropertyCondition(PropertyNames.Payer, FilterOperator.In, new object[] { "县级财政" }, Negated: true), [ThirtyMillion, UpToTwoMillion, Unpriced] },
        { "ncontains", new PropertyCondition(PropertyNames.Payer, FilterOperator.Contains, "县级", Negated: true), [ThirtyMillion, UpToTwoMillion, Unpriced] },
        { "not less than", new PropertyCondition(PropertyNames.AmountYuanMax, FilterOperator.LessThan, 1_000_000L, Negated: true), [ThirtyMillion, UpToTwoMillion, AtLeastHundredThousand, Unpriced] },
        { "less than", new PropertyCondition(PropertyNames.AmountYuanMax, FilterOperator.LessThan, 1_000_000L), [FiveHundredThousand] },
        { "eq null", new PropertyCondition(PropertyNames.Payer, FilterOperator.Equal, null), [Unpriced] },
        { "neq null", new PropertyCondition(PropertyNames.Payer, FilterOperator.Equal, null, Negated: true), [ThirtyMillion, UpToTwoMillion, FiveHundredThousand, AtLeastHundredThousand] },
        {
            "or of a negation", new AnyOf([
                new PropertyCondition(PropertyNames.Payer, FilterOperator.StartsWith, "州级"),
                new PropertyCondition(PropertyNames.AmountYuanMin, FilterOperator.GreaterThan, 0L, Negated: true)]), [ThirtyMillion, UpToTwoMillion, Unpriced]
        },
    };

    [Theory]
    [MemberData(nameof(MissingPropertyFilters))]
    public async Task A_node_without_the_property_never_meets_a_comparison_and_always_meets_its_negation(string because, NodeFilter filter, string[] expected)
    {
        var names = await FundingLineNames(filter);

        Assert.True(expected.SequenceEqual(names), $"{because}: {string.Join(", ", names)}");
    }
}
