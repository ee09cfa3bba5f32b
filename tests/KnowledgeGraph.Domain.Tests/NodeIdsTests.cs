using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Domain.Tests;

public sealed class NodeIdsTests
{
    [Fact]
    public void Ids_are_built_from_canonical_content_only()
    {
        var document = NodeIds.Document("seeds/documents/004_e24c27e5441453ca.txt");
        var plan = NodeIds.Plan(document, "凉山州学前教育高质量发展实施方案");

        Assert.Equal("document:004_e24c27e5441453ca", document);
        Assert.Equal("plan:004_e24c27e5441453ca/凉山州学前教育高质量发展实施方案", plan);
        Assert.Equal("measure:004_e24c27e5441453ca/凉山州学前教育高质量发展实施方案/2", NodeIds.Measure(plan, "2"));
        Assert.Equal("unit:凉山州财政局", NodeIds.Unit("凉山州财政局"));
    }

    [Fact]
    public void A_relationship_id_names_both_ends_and_the_type()
    {
        var id = NodeIds.Relationship("measure:a/b/1", RelationshipTypes.LedBy, "unit:凉山州财政局");

        Assert.Equal("measure:a/b/1-LED_BY->unit:凉山州财政局", id);
    }

    [Theory]
    [InlineData("unit:凉山州财政局", "凉山州财政局")]
    [InlineData("plan:004/凉山州教育信息化实施方案", "004/凉山州教育信息化实施方案")]
    public void KeyOf_strips_the_kind_prefix(string id, string key) => Assert.Equal(key, NodeIds.KeyOf(id));
}
