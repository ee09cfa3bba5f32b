using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Tests;

public sealed class EntityKindsTests
{
    [Fact]
    public void Every_kind_has_its_own_label_and_back()
    {
        var labels = EntityKinds.All.Select(EntityKinds.LabelOf).ToList();

        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.All(EntityKinds.All, kind => Assert.Equal(kind, EntityKinds.KindOf(EntityKinds.LabelOf(kind))));
    }

    [Theory]
    [InlineData(NodeLabels.Document)]
    [InlineData(NodeLabels.Plan)]
    [InlineData(NodeLabels.Measure)]
    public void Documents_plans_and_measures_are_not_entities(string label) => Assert.Null(EntityKinds.KindOf(label));

    [Fact]
    public void Entity_ids_prefix_the_label_in_camel_case()
    {
        Assert.Equal("region:凉山彝族自治州", NodeIds.Entity(NodeLabels.Region, "凉山彝族自治州"));
        Assert.Equal("teacherStudio:平昌县县级名师工作室", NodeIds.Entity(NodeLabels.TeacherStudio, "平昌县县级名师工作室"));
        Assert.Equal(NodeIds.Unit("凉山州财政局"), NodeIds.Entity(NodeLabels.Unit, "凉山州财政局"));
    }
}
