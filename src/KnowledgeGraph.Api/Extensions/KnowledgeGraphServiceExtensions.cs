using System.Text.Encodings.Web;
using GraphQL;
using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Graph.Connections;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Mapping;
using KnowledgeGraph.Api.Ide;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>Everything the service registers, in one place.</summary>
public static class KnowledgeGraphServiceExtensions
{
    /// <summary>Registers the store, the corpus loader, mapping, the GraphQL schema and the IDE.</summary>
    public static IHostApplicationBuilder AddKnowledgeGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section);
        services.AddOptions<PagingOptions>().BindConfiguration(PagingOptions.Section);

        // The embedded store is the default and, until the Neo4j store lands, the only one.
        services.AddSingleton<IGraphStore, EmbeddedGraphStore>();
        services.AddHostedService<CorpusLoader>();

        services.AddAutoMapper(config =>
        {
            // AutoMapper is dual-licensed; a key from configuration silences its licence notice where one is owned.
            config.LicenseKey = builder.Configuration["AutoMapper:LicenseKey"];
            config.AddProfile<NodeRecordProfile>();
        });
        services.AddScoped<NodeMapper>();

        // DataLoaders cache per request, so they are scoped to it.
        services.AddScoped<NodeByIdDataLoader>();
        services.AddScoped<RelationshipsByNodeDataLoader>();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            // Chinese text stays readable in responses (and half the bytes) instead of \uXXXX escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = builder.Environment.IsDevelopment())
            .AddComplexityAnalyzer(complexity => complexity.MaxDepth = 15));

        services.AddBananaCakePop();
        return builder;
    }

    /// <summary>Maps the GraphQL endpoint and the IDE beside it.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGraphQLApi();
        app.MapBananaCakePop(GraphQLApi.Path);
        return app;
    }
}
