using KnowledgeGraph.Api.Commands;
using KnowledgeGraph.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraph();
builder.UseCommandLogging(args);

var app = builder.Build();
app.MapKnowledgeGraph();

return await app.RunCommandAsync(args);
