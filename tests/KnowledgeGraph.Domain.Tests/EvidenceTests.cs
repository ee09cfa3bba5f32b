using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Tests;

public sealed class EvidenceTests
{
    [Fact]
    public void Evidence_round_trips_through_flat_properties()
    {
        var evidence = new Evidence("document:004", 936, 285, "2. 实施县城幼儿园增量提质计划。");
        var properties = new Dictionary<string, object?>();

        evidence.WriteTo(properties);

        Assert.IsType<long>(properties[PropertyNames.EvidenceOffset]);
        Assert.Equal(evidence, Evidence.ReadFrom(properties));
    }

    [Fact]
    public void Properties_without_evidence_read_as_none() =>
        Assert.Null(Evidence.ReadFrom(new Dictionary<string, object?> { [PropertyNames.Name] = "凉山州财政局" }));
}
