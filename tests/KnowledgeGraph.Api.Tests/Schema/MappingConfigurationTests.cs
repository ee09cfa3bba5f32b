using AutoMapper;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Schema;

[Collection(SeededApi.Name)]
public sealed class MappingConfigurationTests(KnowledgeGraphApiFactory api)
{
    [Fact]
    public void Every_typed_object_member_is_mapped_from_node_records()
    {
        var mapper = api.Services.GetRequiredService<IMapper>();

        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }
}
