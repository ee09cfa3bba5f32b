using GraphQL.Types;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Domain.Documents;

namespace KnowledgeGraph.Api.Sources;

/// <summary>GraphQL type of <see cref="Domain.Graph.Evidence"/>.</summary>
public sealed class EvidenceType : ObjectGraphType<Domain.Graph.Evidence>
{
    /// <summary>Declares the evidence fields.</summary>
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Where a fact was read: a span of a document's normalised text (PDF line breaks inside paragraphs joined).";
        Field<NonNullGraphType<DocumentType>>("document")
            .Description("The source document.")
            .Resolve(context => context.LoadNodes<Document>([context.Source.DocumentId]).Select(documents => documents.Single()));
        Field(e => e.Offset).Description("Character offset of the span in the normalised text.");
        Field(e => e.Length).Description("Length of the span in characters.");
        Field(e => e.Snippet).Description("The span's text, shortened when long.");
    }
}
