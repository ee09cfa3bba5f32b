using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cors;

/// <summary>Registers CORS for the configured browser origins.</summary>
public static class CrossOriginServiceCollectionExtensions
{
    /// <summary>How long a browser may cache a preflight answer.</summary>
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Binds <see cref="CrossOriginOptions"/> and, when it names origins, makes them the default CORS policy: GET and
    /// POST with any request header (GraphQL clients add their own), no credentials, since the API has no cookies.
    /// </summary>
    public static IServiceCollection AddCrossOrigin(this IServiceCollection services)
    {
        services.AddOptions<CrossOriginOptions>()
            .BindConfiguration(CrossOriginOptions.Section)
            .Validate(
                options => options.Origins.All(origin => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/"),
                $"{CrossOriginOptions.Section}:Origins must be origins such as https://app.example.org, without a path.")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, crossOrigin) =>
        {
            if (crossOrigin.Value.Origins.Count > 0)
            {
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins([.. crossOrigin.Value.Origins.Select(origin => origin.TrimEnd('/'))])
                    .WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .AllowAnyHeader()
                    .SetPreflightMaxAge(PreflightMaxAge));
            }
        });
        return services;
    }
}
