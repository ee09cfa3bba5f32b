using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Api.Tests.Queries;

/// <summary>The <c>Entity</c> interface, the <c>EntityKind</c> enum and <c>Document.entities</c>.</summary>
[Collection(SeededApi.Name)]
public sealed class EntityTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public async Task EntityKind_lists_every_domain_kind_and_each_has_an_Entity_type()
    {
        var data = await api.DataAsync("""
            {
              kinds: __type(name: "EntityKind") { enumValues { name } }
              entity: __type(name: "Entity") { possibleTypes { name } }
            }
            """);

        Assert.Equal(
            EntityKinds.All.Select(ConstantCase),
            data["kinds"]!["enumValues"].Values<string>("name"));
        Assert.Equal(
            EntityKinds.All.Select(kind => EntityKinds.LabelOf(kind)).Order(StringComparer.Ordinal),
            data["entity"]!["possibleTypes"].Values<string>("name").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Units_are_entities_of_kind_UNIT()
    {
        var data = await api.DataAsync("""
            { units(where: { name: { eq: "凉山州财政局" } }) { nodes { kind ... on Entity { name aliases } } } }
            """);

        var unit = data["units"]!["nodes"]![0]!;
        Assert.Equal("UNIT", unit["kind"]!.GetValue<string>());
        Assert.Equal("凉山州财政局", unit["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_lists_the_entities_it_mentions_filtered_by_kind()
    {
        var data = await api.DataAsync("""
            {
              documents(where: { number: { eq: "凉委办发〔2022〕14号" } }) {
                nodes {
                  units: entities(kinds: [UNIT]) { kind name mentionedIn { __typename } }
                  people: entities(kinds: [PERSON]) { name }
                }
              }
            }
            """);

        var document = data["documents"]!["nodes"]![0]!;
        var units = document["units"]!.AsArray();
        Assert.Contains(units, unit => unit!["name"]!.GetValue<string>() == "凉山州财政局");
        Assert.All(units, unit =>
        {
            Assert.Equal("UNIT", unit!["kind"]!.GetValue<string>());
            Assert.Contains("Document", unit["mentionedIn"].Values<string>("__typename"));
        });
        Assert.Empty(document["people"]!.AsArray());
    }

    // REGION, TEACHER_STUDIO …: how GraphQL names enum values.
    private static string ConstantCase(EntityKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
