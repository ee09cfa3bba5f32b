using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Extensions;

// appsettings.json is read from beside the assembly, whatever the working directory; relative data paths in the
// configuration (seeds/documents, data) keep resolving against the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddKnowledgeGraph();
builder.UseCommandLogging(args);

var app = builder.Build();
app.MapKnowledgeGraph();

return await app.RunCommandAsync(args);
