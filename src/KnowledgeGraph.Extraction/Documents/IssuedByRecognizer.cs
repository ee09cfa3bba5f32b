using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Later pass: Document ISSUED_BY each issuer, with the signature line as evidence.</summary>
public sealed class IssuedByRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Needs { get; } = [ExtractionFact.Issuers, ExtractionFact.Units];

    /// <inheritdoc />
    public IReadOnlyCollection<ExtractionFact> Produces { get; } = [ExtractionFact.IssuedBy];

    /// <inheritdoc />
    public void Recognize(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var issuer in context.Header.Issuers)
        {
            if (context.Units.Find(issuer.Name) is { } unit)
            {
                context.AddRelationship(RelationshipTypes.IssuedBy, context.DocumentId, unit.Id, issuer.Span);
            }
        }
    }
}
