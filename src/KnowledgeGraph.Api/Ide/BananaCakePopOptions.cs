namespace KnowledgeGraph.Api.Ide;

/// <summary>Settings of the Banana Cake Pop IDE, bound from the <c>KnowledgeGraph:Ide</c> configuration section.</summary>
internal sealed class BananaCakePopOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "KnowledgeGraph:Ide";

    /// <summary>The embedded resource that holds the default starter query.</summary>
    public const string StarterDocumentResource = "KnowledgeGraph.Api.Ide.FinanceBureauMeasures.graphql";

    /// <summary>The title the IDE shows for this API.</summary>
    public string Title { get; set; } = "KnowledgeGraph";

    /// <summary>
    /// The document a new IDE tab opens with; by default the journalist starter query
    /// (<c>Ide/FinanceBureauMeasures.graphql</c>, embedded in this assembly).
    /// </summary>
    public string GraphQLDocument { get; set; } = ReadStarterDocument();

    private static string ReadStarterDocument()
    {
        using var stream = typeof(BananaCakePopOptions).Assembly.GetManifestResourceStream(StarterDocumentResource)
            ?? throw new InvalidOperationException($"The embedded resource {StarterDocumentResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
