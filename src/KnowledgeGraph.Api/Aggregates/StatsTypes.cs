using GraphQL.Types;
using KnowledgeGraph.Api.Documents;
using KnowledgeGraph.Api.Graph.DataLoaders;
using KnowledgeGraph.Api.Graph.Navigation;
using KnowledgeGraph.Domain.Documents;
using KnowledgeGraph.Storage.Aggregates;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary><c>Stats</c>: the size of the graph, overall and per document.</summary>
public sealed class StatsType : ObjectGraphType<GraphStatistics>
{
    /// <summary>Declares the overall counts and the per-document ones.</summary>
    public StatsType()
    {
        Name = "Stats";
        Description = "How many nodes and relationships of each kind the graph holds, overall and per document.";
        this.CountFields(statistics => statistics.Overall, "in the whole graph (a node several documents name counts once)");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentStatsType>>>>("documents")
            .Description("What each document contributes, in document order.")
            .Resolve(context => context.Source.Documents);
    }
}

/// <summary><c>DocumentStats</c>: what one document contributes.</summary>
public sealed class DocumentStatsType : ObjectGraphType<DocumentCounts>
{
    /// <summary>Declares the document and its counts.</summary>
    public DocumentStatsType()
    {
        Name = "DocumentStats";
        Description = "How many nodes and relationships of each kind one document contributes.";
        Field<NonNullGraphType<DocumentType>>("document")
            .Description("The document.")
            .Resolve(context => context.LoadNodes<Document>([context.Source.DocumentId]).Select(documents => documents[0]));
        this.CountFields(counts => counts.Counts, "read from this document (the document itself included)");
    }
}

/// <summary>The count fields <c>Stats</c> and <c>DocumentStats</c> share.</summary>
internal static class CountFieldsExtensions
{
    public static void CountFields<T>(this ObjectGraphType<T> type, Func<T, GraphCounts> counts, string scope)
    {
        type.Field<NonNullGraphType<IntGraphType>>("nodeCount")
            .Description($"Nodes {scope}.")
            .Resolve(context => counts(context.Source).NodesByLabel.Values.Sum());
        type.Field<NonNullGraphType<IntGraphType>>("relationshipCount")
            .Description($"Relationships {scope}.")
            .Resolve(context => counts(context.Source).RelationshipsByType.Values.Sum());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("nodes")
            .Description($"Nodes {scope}, per kind.")
            .Resolve(context => counts(context.Source).NodesByLabel);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipKindCountType>>>>("relationships")
            .Description($"Relationships {scope}, per kind.")
            .Resolve(context => counts(context.Source).RelationshipsByType);
    }
}
