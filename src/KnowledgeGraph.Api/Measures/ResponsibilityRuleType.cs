using GraphQL.Types;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Domain.Measures;

namespace KnowledgeGraph.Api.Measures;

/// <summary>GraphQL type of <see cref="ResponsibilityRule"/>.</summary>
public sealed class ResponsibilityRuleType : ObjectGraphType<ResponsibilityRule>
{
    /// <summary>Declares the rule fields.</summary>
    public ResponsibilityRuleType()
    {
        Name = "ResponsibilityRule";
        Description = "Why a measure's lead units lead: the rule applied and the words of the document it was read from.";
        Field<NonNullGraphType<ResponsibilityRuleKindType>>("kind")
            .Description("Which rule was applied.")
            .Resolve(context => context.Source.Kind);
        Field(r => r.Statement).Description("The words that decide, as written: the stated rule (列第一位的为牵头单位), else the bracket or sentence naming the units.");
        Field<NonNullGraphType<EvidenceType>>("evidence")
            .Description("Where the statement is written; a stated rule may be far from the measure, in the notice or an earlier plan.")
            .Resolve(context => context.Source.Evidence);
    }
}
