using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Kinds;
using KnowledgeGraph.Api.Graph.Nodes;
using KnowledgeGraph.Api.Graph.Requests;
using KnowledgeGraph.Storage.Search;

namespace KnowledgeGraph.Api.Search;

/// <summary>GraphQL type of <see cref="SearchHit"/>.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    /// <summary>Declares the hit's fields.</summary>
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A node that matches a search, with its kind, its relevance and where it matches.";
        Field<NonNullGraphType<NodeInterface>>("node")
            .Description("The matching node; ask for its fields with `... on Unit { name }` and the like.")
            .Resolve(context => GraphRequest.Of(context).Mapper.Map(context.Source.Node));
        Field<NonNullGraphType<NodeKindType>>("kind")
            .Description("The node's kind.")
            .Resolve(context => context.Source.Node.Label);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Relevance (BM25 over the CJK bigrams); higher is better, comparable within one search only.")
            .Resolve(context => context.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("field")
            .Description("The property the snippet comes from: name, aliases, title or text.")
            .Resolve(context => context.Source.Highlight.Property);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("HTML: the best-matching text around its matches, each match in `<em>`, cut-off text shown as …, other markup escaped.")
            .Resolve(context => HighlightMarkup.ToHtml(context.Source.Highlight));
    }
}
