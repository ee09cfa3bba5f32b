using GraphQL.Types;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Aggregates;
using KnowledgeGraph.Storage.Querying;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary><c>FundingGrouping</c>: what funding totals are grouped by; each value stands for a store grouping.</summary>
public sealed class FundingGroupingType : EnumerationGraphType
{
    /// <summary>Declares the groupings.</summary>
    public FundingGroupingType()
    {
        Name = "FundingGrouping";
        Description = "What funding lines are grouped by.";
        Add("PAYER", new GroupByProperty(PropertyNames.Payer), "The payer as written, such as 州级财政.");
        Add("PURPOSE", new GroupByProperty(PropertyNames.Purpose), "The purpose as written.");
        Add("PAID_BY", new GroupByRelated(RelationshipTypes.PaidBy, RelationshipDirection.Outgoing), "The region or unit whose budget pays (PAID_BY), such as 凉山彝族自治州 for 州级财政.");
        Add("FUNDS", new GroupByRelated(RelationshipTypes.Funds, RelationshipDirection.Outgoing), "What the money pays for (FUNDS): a program, studio, measure or region.");
    }
}
