using System.Text.Encodings.Web;
using GraphQL;
using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Apis.GraphQLOverHttp;
using KnowledgeGraph.Api.Corpus;
using KnowledgeGraph.Api.Cors;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.Exports;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Errors;
using KnowledgeGraph.Api.Graph.Introspection;
using KnowledgeGraph.Api.Graph.Mapping;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Api.Health;
using KnowledgeGraph.Api.Ide;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Limits.Introspection;
using KnowledgeGraph.Api.PersistedOperations;
using KnowledgeGraph.Api.Search;
using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Api.Traversal;
using KnowledgeGraph.Api.Units.Pages;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>Everything the service registers, in one place.</summary>
public static class KnowledgeGraphServiceExtensions
{
    /// <summary>
    /// Registers the limits, the store, the extraction pipeline, the corpus loader, ingestion, mapping, the GraphQL schema, persisted operations,
    /// the IDE, the graph explorer, CORS and the health checks.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddLimits();
        services.AddTraversal();
        services.AddSearch();

        // Embedded by default, Neo4j when KnowledgeGraph:Store says so.
        builder.AddGraphStore();
        // One pipeline for start-up and ingestion, so that a kept document loads as it was ingested; a service so that
        // tests can extract through one that fails.
        services.AddSingleton(_ => ExtractionPipeline.Default);
        services.AddCorpusLoading();
        services.AddIngestion();
        services.AddSingleton<DocumentTexts>();

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
        services.AddScoped<RelationshipSliceByNodeDataLoader>();
        services.AddScoped<GraphRequest>();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            // Chinese text stays readable in responses (and half the bytes) instead of \uXXXX escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = builder.Environment.IsDevelopment())
            .AddUnhandledExceptionHandler(InternalErrors.Mask)
            .AddComplexityAnalyzer(ComplexityLimits.Configure)
            .AddSchemaVisitor<DirectiveArgsIncludeDeprecated>()
            .AddSchemaVisitor<IntrospectionListPrices>()
            .AddValidationRule<IntrospectionDepthRule>()
            .ConfigureExecutionOptions(ExecutionTimeout.Configure)
            // Resolvers reach the request's store, mapper and DataLoaders through it, not a service lookup per field.
            .ConfigureExecutionOptions(GraphRequest.Attach));
        services.AddBoundedValidation();
        services.AddPersistedOperations();

        services.AddBananaCakePop();
        services.AddExplorer();
        services.AddUnitPages();
        services.AddExports();
        services.AddCrossOrigin();
        services.AddHealth();
        return builder;
    }

    /// <summary>Maps the GraphQL endpoint, the IDE beside it, the graph explorer and the health checks, behind CORS and a coded 500.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = InternalErrorResponse.WriteAsync });
        app.UseCors();
        app.MapHealth();
        app.MapGraphQLApi();
        app.MapBananaCakePop(GraphQLApi.Path);
        app.MapExplorer();
        app.MapUnitPages();
        app.MapExports();
        return app;
    }
}
