using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The journalist's question (issue 13) through the whole in-process HTTP pipeline, and each phase of it alone, so the
/// allocations of a request can be told apart: parsing, validation (the core rules and the complexity analyzer),
/// execution from a parsed document, and writing the JSON answer. <see cref="HealthOverHttp"/> is the floor: the same
/// test server and client for an endpoint that does no GraphQL at all.
/// </summary>
[MemoryDiagnoser]
public class RequestPathBenchmarks
{
    /// <summary>The journalist's question of issue 13, as the README asks it.</summary>
    internal const string JournalistQuery = """
        {
          units(where: { name: { eq: "凉山州财政局" } }) {
            nodes { name measures(role: LEAD) { totalCount nodes { number title plan { title } } } }
          }
        }
        """;

    private SeededApiFactory _api = null!;
    private HttpClient _client = null!;
    private IServiceScope _scope = null!;
    private ISchema _schema = null!;
    private IDocumentExecuter<ISchema> _executer = null!;
    private IDocumentValidator _validator = null!;
    private IGraphQLTextSerializer _serializer = null!;
    private IValidationRule[] _rules = null!;
    private GraphQLDocument _document = null!;
    private ExecutionResult _result = null!;

    [GlobalSetup]
    public async Task StartApi()
    {
        _api = new SeededApiFactory();
        _client = _api.CreateClient();
        _scope = _api.Services.CreateScope();
        _schema = _scope.ServiceProvider.GetRequiredService<ISchema>();
        _executer = _scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        _validator = _scope.ServiceProvider.GetRequiredService<IDocumentValidator>();
        _serializer = _scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        _rules = [.. DocumentValidator.CoreRules, _scope.ServiceProvider.GetRequiredService<ComplexityValidationRule>()];
        _document = GraphQLParser.Parser.Parse(JournalistQuery);
        _result = await ExecuteWithoutHttp();
    }

    [GlobalCleanup]
    public void StopApi()
    {
        _scope.Dispose();
        _client.Dispose();
        _api.Dispose();
    }

    /// <summary>The whole request: POST, endpoint, parse, validate, execute, write, read back as a string.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> JournalistQueryOverHttp()
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = JournalistQuery });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync()).Length;
    }

    /// <summary>The pipeline's floor: the liveness endpoint through the same server and client.</summary>
    [Benchmark]
    public async Task<int> HealthOverHttp()
    {
        using var response = await _client.GetAsync("/healthz");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync()).Length;
    }

    /// <summary>The executer alone, from the query text (parse, validate, execute), as the endpoint calls it.</summary>
    [Benchmark]
    public Task<ExecutionResult> ExecuteWithoutHttp() =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = JournalistQuery,
            RequestServices = _scope.ServiceProvider,
        });

    /// <summary>Parsing alone.</summary>
    [Benchmark]
    public GraphQLDocument Parse() => GraphQLParser.Parser.Parse(JournalistQuery);

    /// <summary>Validation alone, of a parsed document: the core rules and the complexity analyzer, within the limits.</summary>
    [Benchmark]
    public Task<IValidationResult> Validate() =>
        _validator.ValidateAsync(new ValidationOptions
        {
            Document = _document,
            Operation = (GraphQLOperationDefinition)_document.Definitions[0],
            Schema = _schema,
            Rules = _rules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = _scope.ServiceProvider,
            Metrics = Metrics.None,
        });

    /// <summary>Writing the answer's JSON to a stream that keeps nothing.</summary>
    [Benchmark]
    public Task Serialize() => _serializer.WriteAsync(Stream.Null, _result);
}
