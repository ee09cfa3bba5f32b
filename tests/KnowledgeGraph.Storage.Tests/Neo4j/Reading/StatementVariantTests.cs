using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Reading;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Reading;

/// <summary>
/// The reader's statement variants, which the linter checks with Neo4j's parser: every shape a run-time choice can
/// produce is listed, each with exactly the parameters its text uses.
/// </summary>
public sealed partial class StatementVariantTests
{
    private static readonly IReadOnlyList<CypherStatementVariant> Variants = [.. Neo4jGraphReader.StatementVariants()];

    private static IEnumerable<string> Texts(string name) => Variants.Where(variant => variant.Name == name).Select(variant => variant.Text);

    [Fact]
    public void Every_variant_declares_exactly_the_parameters_its_text_uses()
    {
        Assert.All(Variants, variant => Assert.Equal(
            ParameterUse().Matches(variant.Text).Select(match => match.Groups[1].Value).Distinct().Order(StringComparer.Ordinal),
            variant.ParameterNames.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Each_label_type_and_direction_has_its_statement()
    {
        Assert.All(NodeLabels.All, label => Assert.Contains(Texts("FindNodes"), text => text.Contains($"(n:{label})", StringComparison.Ordinal)));
        Assert.All(RelationshipTypes.All, type =>
        {
            Assert.Contains(Texts("GetRelationships"), text => text.Contains($"-[r:{type}]->", StringComparison.Ordinal));
            Assert.Contains(Texts("GetRelationships"), text => text.Contains($"<-[r:{type}]-", StringComparison.Ordinal));
            Assert.Equal(2, Texts("GetRelationshipSlices").Count(text => text.Contains($":{type}]", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Each_depth_up_to_the_maximum_has_a_statement_per_direction_and_type_list_shape()
    {
        // Depth 0 reads the start alone, so its statement is the same whatever the direction: 1 + 3 × MaxDepth per shape.
        Assert.Equal(2 * (1 + (3 * TraversalStatements.MaxDepth)), Texts("GetNeighborhood").Count());
        Assert.Equal(TraversalStatements.MaxPathLength + 1, Texts("FindShortestPaths").Count());
        Assert.Contains(Texts("FindShortestPaths"), text => text.Contains($"{{0,{TraversalStatements.MaxPathLength}}}", StringComparison.Ordinal));
        Assert.Contains(Texts("GetNeighborhood"), text => text.Contains($"{{0,{TraversalStatements.MaxDepth}}}", StringComparison.Ordinal));
        Assert.DoesNotContain(Variants, variant => variant.Text.Contains("{0,0}", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_type_list_has_its_own_statement()
    {
        Assert.Contains(Texts("GetNeighborhood"), text => text.Contains("$any($types)", StringComparison.Ordinal));
        Assert.Contains(Texts("GetNeighborhood"), text => !text.Contains("$types", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\$(?!any\()([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex ParameterUse();
}
