using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>Every typed JSON value the Query API documents arrives as the plain .NET value the store can use.</summary>
public sealed class TypedValueDecodingTests : IAsyncLifetime
{
    private const string EveryType = "RETURN every type";
    private FakeQueryApi _neo4j = null!;

    public async Task InitializeAsync() => _neo4j = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    [Fact]
    public async Task Scalars_lists_maps_and_temporals_decode_to_dotnet_values()
    {
        _neo4j.Script(EveryType, FakeReply.Rows(
            ["null", "flag", "big", "ratio", "text", "bytes", "list", "map", "date", "localTime", "localDateTime", "offsetDateTime", "zonedDateTime", "duration", "point", "nan"],
            """
            [[
              {"$type":"Null","_value":null},
              {"$type":"Boolean","_value":true},
              {"$type":"Integer","_value":"9007199254740993"},
              {"$type":"Float","_value":"4.56"},
              {"$type":"String","_value":"凉山州教育体育局"},
              {"$type":"Base64","_value":"A2+/"},
              {"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"Integer","_value":"-2"}]},
              {"$type":"Map","_value":{"fieldA":{"$type":"String","_value":"A"},"nested":{"$type":"List","_value":[]}}},
              {"$type":"Date","_value":"2015-03-26"},
              {"$type":"LocalTime","_value":"12:50:35.556"},
              {"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"},
              {"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"},
              {"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142Z[Antarctica/Troll]"},
              {"$type":"Duration","_value":"P14DT16H12M"},
              {"$type":"Point","_value":"SRID=7203;POINT(1.2 3.4)"},
              {"$type":"Float","_value":"NaN"}
            ]]
            """));
        await using var services = TestRunners.Services(_neo4j.Address);

        var record = (await services.Runner().RunAsync(CypherStatement.Read("EveryType", EveryType))).Records.Single();

        Assert.Null(record["null"]);
        Assert.Equal(true, record["flag"]);
        // Beyond a double's exact range: integers travel as strings so that all 64 bits survive.
        Assert.Equal(9007199254740993L, record["big"]);
        Assert.Equal(4.56, record["ratio"]);
        Assert.Equal("凉山州教育体育局", record["text"]);
        Assert.Equal(new byte[] { 0x03, 0x6f, 0xbf }, record["bytes"]);
        Assert.Equal(new object?[] { "A", -2L }, record.Get<IReadOnlyList<object?>>("list"));
        var map = record.Get<IReadOnlyDictionary<string, object?>>("map");
        Assert.Equal("A", map["fieldA"]);
        Assert.Empty((IReadOnlyList<object?>)map["nested"]!);
        Assert.Equal(new DateOnly(2015, 3, 26), record["date"]);
        Assert.Equal(new TimeOnly(12, 50, 35, 556), record["localTime"]);
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24, DateTimeKind.Unspecified), record["localDateTime"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), record["offsetDateTime"]);
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), record["zonedDateTime"]);
        Assert.Equal("P14DT16H12M", record["duration"]);
        Assert.Equal("SRID=7203;POINT(1.2 3.4)", record["point"]);
        Assert.True(double.IsNaN(record.Get<double>("nan")));
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_decode_with_typed_properties()
    {
        const string alice = """{"$type":"Node","_value":{"_element_id":"4:db:0","_labels":["Entity","Unit"],"_properties":{"id":{"$type":"String","_value":"unit:州财政局"},"offset":{"$type":"Integer","_value":"120"}}}}""";
        const string leads = """{"$type":"Relationship","_value":{"_element_id":"5:db:7","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:0","_type":"LED_BY","_properties":{"offset":{"$type":"Integer","_value":"42"}}}}""";
        const string measure = """{"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Entity","Measure"],"_properties":{}}}""";
        _neo4j.Script("MATCH p", FakeReply.Rows(["unit", "led", "p"], $$"""[[{{alice}}, {{leads}}, {"$type":"Path","_value":[{{alice}}, {{leads}}, {{measure}}]}]]"""));
        await using var services = TestRunners.Services(_neo4j.Address);

        var record = (await services.Runner().RunAsync(CypherStatement.Read("Path", "MATCH p"))).Records.Single();

        var unit = record.Get<CypherNode>("unit");
        Assert.Equal("4:db:0", unit.ElementId);
        Assert.Equal(["Entity", "Unit"], unit.Labels);
        Assert.Equal("unit:州财政局", unit.Properties["id"]);
        Assert.Equal(120L, unit.Properties["offset"]);
        var relationship = record.Get<CypherRelationship>("led");
        Assert.Equal(("LED_BY", "4:db:1", "4:db:0"), (relationship.Type, relationship.StartNodeElementId, relationship.EndNodeElementId));
        Assert.Equal(42L, relationship.Properties["offset"]);
        var path = record.Get<CypherPath>("p");
        Assert.Equal(["4:db:0", "4:db:1"], path.Nodes.Select(node => node.ElementId));
        // The relationship points from the path's last node to its first: only its element ids say so.
        Assert.Equal("5:db:7", Assert.Single(path.Relationships).ElementId);
    }

    [Fact]
    public async Task Many_rows_keep_their_order_and_counters_are_read()
    {
        _neo4j.Script("UNWIND", FakeReply.Rows(
            ["n"],
            """[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}],[{"$type":"Integer","_value":"3"}]]""",
            """{"containsUpdates":true,"nodesCreated":3,"propertiesSet":6,"labelsAdded":3,"relationshipsCreated":0}"""));
        await using var services = TestRunners.Services(_neo4j.Address);

        var result = await services.Runner().RunAsync(CypherStatement.Write("Unwind", "UNWIND"));

        Assert.Equal([1L, 2L, 3L], result.Records.Select(row => row.Get<long>("n")));
        Assert.Equal(new QueryCounters { ContainsUpdates = true, NodesCreated = 3, PropertiesSet = 6, LabelsAdded = 3 }, result.Counters);
    }
}
