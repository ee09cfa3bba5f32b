using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>Every target of every evaluated document belongs to one measure, plan or article, with evidence.</summary>
public sealed class TargetLinkTests
{
    [Fact]
    public void Every_target_has_one_owner_with_evidence()
    {
        foreach (var (document, _) in EvaluationCorpus.Load())
        {
            var batch = ExtractionPipeline.Default.Extract(document);
            var owners = new[] { NodeLabels.Measure, NodeLabels.Plan, NodeLabels.Article };
            var labels = batch.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
            Assert.All(batch.Nodes.Where(n => n.Label == NodeLabels.Target), target =>
            {
                var link = Assert.Single(batch.Relationships, r => r.Type == RelationshipTypes.HasTarget && r.EndId == target.Id);
                Assert.Contains(labels[link.StartId], owners);
                Assert.NotNull(Evidence.ReadFrom(link.Properties));
            });
        }
    }
}
