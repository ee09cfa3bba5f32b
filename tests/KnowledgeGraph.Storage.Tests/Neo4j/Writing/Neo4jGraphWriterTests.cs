using System.Net;
using KnowledgeGraph.Domain.Graph;
using KnowledgeGraph.Storage.Changes;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Writing;
using KnowledgeGraph.Storage.Tests.Contract;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Neo4j;
using static KnowledgeGraph.Storage.Tests.Contract.GraphStoreContractTests;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Writing;

/// <summary>
/// <see cref="Neo4jGraphWriter"/> on the fake Query API: what it sends for a batch (few statements, rows as
/// parameters), how it counts changes from what it reads back, and what a failure leaves behind. The fake does not run
/// Cypher: "what the store keeps" is scripted as the rows the writer itself sent (<see cref="WrittenRows"/>).
/// </summary>
public sealed class Neo4jGraphWriterTests : RunnerOnFakeNeo4j
{
    private static readonly string ReadStoredNodes = WriteStatements.ReadStoredNodes([], []).Text;
    private static readonly string ReadStoredRelationships = WriteStatements.ReadStoredRelationships([], [], []).Text;
    private static readonly string[] MergeNodes = [.. NodeLabels.All.Select(label => WriteStatements.MergeNodes(label, []).Text)];
    private static readonly string[] MergeRelationships = [.. RelationshipTypes.All.Select(type => WriteStatements.MergeRelationships(type, []).Text)];
    private static readonly string[] SchemaStatements = [.. GraphSchema.Statements.Select(statement => statement.Text)];

    private Neo4jGraphWriter Writer(int maxRecordsPerTransaction = Neo4jGraphWriter.DefaultMaxRecordsPerTransaction) =>
        new(Services.Runner(), maxRecordsPerTransaction: maxRecordsPerTransaction);

    private IEnumerable<RecordedRequest> InTransactions => Neo4j.Requests.Where(request => request.Path.Contains("/tx", StringComparison.Ordinal) && request.Statement is not null);

    private int TransactionsOpened => Neo4j.Requests.Count(request => request.Path.EndsWith("/tx", StringComparison.Ordinal));

    private IEnumerable<CommittedStatement> CommittedWrites => Neo4j.Committed.Where(statement => !SchemaStatements.Contains(statement.Text));

    // A writer that applied the batch, with the read-back scripted to answer what that committed, as a store holding
    // it would; and how many statements were committed so far, to tell the next apply's from them.
    private async Task<(Neo4jGraphWriter Writer, int WrittenBefore)> WriterHoldingAsync(GraphBatch batch)
    {
        var writer = Writer();
        await writer.ApplyAsync(batch, default);
        Neo4j.Script(ReadStoredNodes, WrittenRows.AsStored(WrittenRows.Of(Neo4j.Committed, MergeNodes)));
        Neo4j.Script(ReadStoredRelationships, WrittenRows.AsStored(WrittenRows.Of(Neo4j.Committed, MergeRelationships)));
        return (writer, CommittedWrites.Count());
    }

    [Fact]
    public async Task A_new_documents_batch_is_two_reads_and_one_unwind_statement_per_label_per_type_and_for_its_contribution_in_one_transaction()
    {
        var batch = FinanceDocument();

        var changes = await Writer().ApplyAsync(batch, default);

        var labels = batch.Nodes.Select(node => node.Label).Distinct().Order(StringComparer.Ordinal);
        var types = batch.Relationships.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                ReadStoredNodes,
                ReadStoredRelationships,
                .. labels.Select(label => WriteStatements.MergeNodes(label, []).Text),
                .. types.Select(type => WriteStatements.MergeRelationships(type, []).Text),
                WriteStatements.RecordContributions([]).Text,
            ],
            InTransactions.Select(request => request.Statement));
        Assert.All(InTransactions.Skip(2), request => Assert.StartsWith("UNWIND $rows AS row", request.Statement, StringComparison.Ordinal));
        Assert.Equal(1, TransactionsOpened);
        Assert.Equal(InTransactions.Select(request => request.Statement), CommittedWrites.Select(statement => statement.Text));
        Assert.Equal(GraphBatchDiff.Compare(null, batch), changes);
    }

    [Fact]
    public async Task Rows_travel_as_parameters_with_the_documents_own_record_and_never_inside_the_statement()
    {
        var batch = FinanceDocument();

        await Writer().ApplyAsync(batch, default);

        var units = WrittenRows.Of(Neo4j.Committed, [WriteStatements.MergeNodes(NodeLabels.Unit, []).Text]).ToList();
        Assert.Equal(
            batch.Nodes.Where(node => node.Label == NodeLabels.Unit).Select(node => node.Id).Order(StringComparer.Ordinal),
            units.Select(row => (string)WrittenRows.Field(row, "id")!).Order(StringComparer.Ordinal));
        var finance = Assert.Single(units, row => (string?)WrittenRows.Field(row, "id") == NodeIds.Unit("凉山州财政局"));
        Assert.Equal(new[] { "州财政局" }, WrittenRows.Property(finance, PropertyNames.Aliases));
        Assert.Equal(new[] { batch.DocumentId }, WrittenRows.Property(finance, Neo4jGraphModel.DocumentIdsProperty));
        Assert.Equal(batch.DocumentId, WrittenRows.Property(finance, Neo4jGraphModel.DocumentIdProperty));
        Assert.Equal(1L, WrittenRows.Property(finance, Neo4jGraphModel.PositionProperty));
        var ledBy = WrittenRows.Of(Neo4j.Committed, [WriteStatements.MergeRelationships(RelationshipTypes.LedBy, []).Text]).ToList();
        Assert.Equal(batch.Relationships.Count(r => r.Type == RelationshipTypes.LedBy), ledBy.Count);
        Assert.All(Neo4j.Requests.Where(request => request.Statement is not null), request =>
        {
            Assert.DoesNotContain("凉山", request.Statement, StringComparison.Ordinal);
            Assert.DoesNotContain(batch.DocumentId, request.Statement, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Change_counts_come_from_the_documents_previous_batch_read_back_in_the_same_transaction()
    {
        var (writer, writtenBefore) = await WriterHoldingAsync(FinanceDocument());

        var changes = await writer.ApplyAsync(RevisedFinanceDocument(), default);

        Assert.Equal(new ChangeCounts(Added: 1, Updated: 1, Unchanged: 3, Removed: 2), changes.Nodes);
        Assert.Equal(new ChangeCounts(Added: 2, Updated: 0, Unchanged: 4, Removed: 3), changes.Relationships);
        // Only what changed is written: the two removed nodes and three removed relationships go; measure 2 (retitled),
        // measure 4 (new) with its two relationships, and the unit and measure 1 (moved up in the batch, so their
        // document-order positions changed) are merged; the document node and the kept relationships are not sent.
        var second = CommittedWrites.Skip(writtenBefore).ToList();
        Assert.Equal(
            new[] { NodeIds.Unit("凉山州财政局"), new TestGraph("a.txt").MeasureId(3) }.Order(StringComparer.Ordinal),
            Assert.Single(second, statement => statement.Text == WriteStatements.DeleteNodes([]).Text).Parameters!["ids"]!["_value"]!.AsArray()
                .Select(id => id!["_value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(3, WrittenRows.Of(second, [WriteStatements.DeleteRelationships([]).Text]).Count());
        var measure = new TestGraph("a.txt");
        Assert.Equal(
            new[] { measure.MeasureId(1), measure.MeasureId(2), measure.MeasureId(4), NodeIds.Unit("凉山州教育体育局") }.Order(StringComparer.Ordinal),
            WrittenRows.Of(second, MergeNodes).Select(row => (string)WrittenRows.Field(row, "id")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, WrittenRows.Of(second, MergeRelationships).Count());
        // The document's contribution node names the nodes it holds now: the next revision finds them by it.
        var contribution = Assert.Single(WrittenRows.Of(second, [WriteStatements.RecordContributions([]).Text]));
        var revised = RevisedFinanceDocument();
        Assert.Equal(revised.DocumentId, WrittenRows.Field(contribution, "documentId"));
        Assert.Equal(revised.Nodes.Select(node => (object?)node.Id), (List<object?>)WrittenRows.Field(contribution, "nodeIds")!);
    }

    [Fact]
    public async Task The_documents_previous_nodes_are_asked_for_by_its_id_and_the_batch_by_its_node_ids()
    {
        var (writer, _) = await WriterHoldingAsync(FinanceDocument());
        var revised = RevisedFinanceDocument();

        await writer.ApplyAsync(revised, default);

        var read = InTransactions.Last(request => request.Statement == ReadStoredNodes);
        Assert.Equal([revised.DocumentId], Strings(read, "documentIds"));
        Assert.Equal(revised.Nodes.Select(node => node.Id), Strings(read, "nodeIds"));
    }

    private static IEnumerable<string> Strings(RecordedRequest request, string parameter) =>
        request.Body!["parameters"]![parameter]!["_value"]!.AsArray().Select(value => value!["_value"]!.GetValue<string>());

    [Fact]
    public async Task Applying_what_the_store_already_holds_reads_and_writes_nothing()
    {
        var (writer, writtenBefore) = await WriterHoldingAsync(FinanceDocument());

        var changes = await writer.ApplyAllAsync([FinanceDocument()], default);

        Assert.True(Assert.Single(changes).IsUnchanged);
        Assert.Equal([ReadStoredNodes, ReadStoredRelationships], CommittedWrites.Skip(writtenBefore).Select(statement => statement.Text));
    }

    [Fact]
    public async Task A_node_another_document_holds_keeps_that_documents_contribution_and_is_merged_by_the_shared_rule()
    {
        var (writer, _) = await WriterHoldingAsync(TestGraph.Document("b.txt").Unit("凉山州财政局", "凉山州财政").Build());

        await writer.ApplyAsync(FinanceDocument(), default);

        var finance = WrittenRows.Of(Neo4j.Committed, [WriteStatements.MergeNodes(NodeLabels.Unit, []).Text])
            .Last(row => (string?)WrittenRows.Field(row, "id") == NodeIds.Unit("凉山州财政局"));
        Assert.Equal(new[] { "document:a", "document:b" }, WrittenRows.Property(finance, Neo4jGraphModel.DocumentIdsProperty));
        Assert.Equal(new[] { "州财政局", "凉山州财政" }, WrittenRows.Property(finance, PropertyNames.Aliases));
        Assert.Equal("document:a", WrittenRows.Property(finance, Neo4jGraphModel.DocumentIdProperty));
        Assert.Equal(2, ((List<object?>)WrittenRows.Property(finance, Neo4jGraphModel.ContributionsProperty)!).Count);
    }

    [Fact]
    public async Task The_schema_is_set_up_once_before_the_first_write_with_statements_that_create_only_what_is_missing()
    {
        var writer = Writer();

        await writer.ApplyAsync(FinanceDocument(), default);
        await writer.ApplyAllAsync([RevisedFinanceDocument()], default);

        var statements = Neo4j.Requests.Where(request => request.Statement is not null).Select(request => request.Statement!).ToList();
        Assert.Equal(SchemaStatements, statements.Take(SchemaStatements.Length));
        Assert.All(SchemaStatements, text =>
        {
            Assert.Contains(" IF NOT EXISTS ", text, StringComparison.Ordinal);
            Assert.Equal(1, statements.Count(statement => statement == text));
        });
        Assert.Contains(SchemaStatements, text => text.Contains("REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        var fullText = Assert.Single(SchemaStatements, text => text.StartsWith("CREATE FULLTEXT INDEX entityText ", StringComparison.Ordinal));
        Assert.Contains("[n.name, n.aliases, n.title, n.text]", fullText, StringComparison.Ordinal);
        Assert.Contains("`fulltext.analyzer`: 'cjk'", fullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_set_up_that_failed_writes_nothing_and_is_tried_again_before_the_next_write()
    {
        var writer = Writer();
        Neo4j.Script(SchemaStatements[^1], FakeReply.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Procedure.ProcedureCallFailed"), FakeReply.Empty);

        await Assert.ThrowsAsync<Neo4jServerException>(() => writer.ApplyAsync(FinanceDocument(), default));
        Assert.Equal(0, TransactionsOpened);
        await writer.ApplyAsync(FinanceDocument(), default);

        Assert.Equal(2, Neo4j.Requests.Count(request => request.Statement == SchemaStatements[0]));
        Assert.Equal(1, TransactionsOpened);
    }

    [Fact]
    public async Task A_transient_failure_of_a_write_reruns_the_whole_unit_from_its_reads_and_commits_it_once()
    {
        Neo4j.Script(WriteStatements.MergeNodes(NodeLabels.Unit, []).Text, FakeReply.Transient(), FakeReply.Empty);

        await Writer().ApplyAsync(FinanceDocument(), default);

        Assert.Equal(2, TransactionsOpened);
        Assert.Equal(2, InTransactions.Count(request => request.Statement == ReadStoredNodes));
        var committed = CommittedWrites.Select(statement => statement.Text).ToList();
        Assert.Equal(committed.Distinct(), committed);
        Assert.Equal(8, committed.Count);
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task A_commit_that_fails_transiently_reruns_the_unit_and_writes_it_once()
    {
        Neo4j.FailNextCommits(FakeReply.Transient("Neo.TransientError.Transaction.LeaderSwitch"));

        await Writer().ApplyAsync(FinanceDocument(), default);

        Assert.Equal(2, TransactionsOpened);
        var committed = CommittedWrites.Select(statement => statement.Text).ToList();
        Assert.Equal(committed.Distinct(), committed);
        Assert.Equal(8, committed.Count);
    }

    [Fact]
    public async Task A_client_error_rolls_the_unit_back_at_once_and_nothing_is_written()
    {
        Neo4j.Script(
            WriteStatements.MergeRelationships(RelationshipTypes.LedBy, []).Text,
            FakeReply.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed"));

        var failure = await Assert.ThrowsAsync<Neo4jServerException>(() => Writer().ApplyAsync(FinanceDocument(), default));

        Assert.Equal(StoreErrorCodes.StoreConflict, failure.ErrorCode);
        Assert.Equal(1, TransactionsOpened);
        Assert.Empty(CommittedWrites);
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task An_invalid_batch_sends_nothing_at_all()
    {
        var writer = Writer();
        var broken = TestGraph.Document("c.txt").Measure(1, "没有单位", "不存在的单位").Build();

        await Assert.ThrowsAsync<ArgumentException>(() => writer.ApplyAsync(broken, default));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.ApplyAllAsync([FinanceDocument(), broken], default));

        Assert.Empty(Neo4j.Requests);
    }

    [Fact]
    public async Task Many_batches_go_in_transactions_of_whole_batches_within_the_record_limit_each_with_one_statement_per_label_and_type()
    {
        GraphBatch[] corpus =
        [
            TestGraph.Document("a.txt").Unit("凉山州财政局").Measure(1, "一", "凉山州财政局").Build(),
            TestGraph.Document("b.txt").Unit("凉山州财政局").Measure(1, "二", "凉山州财政局").Build(),
            TestGraph.Document("c.txt").Unit("凉山州教育体育局").Measure(1, "三", "凉山州教育体育局").Build(),
        ];
        var recordsPerBatch = corpus[0].Nodes.Count + corpus[0].Relationships.Count;

        var changes = await Writer(maxRecordsPerTransaction: 2 * recordsPerBatch).ApplyAllAsync(corpus, default);

        Assert.Equal(corpus.Length, changes.Count);
        Assert.Equal(2, TransactionsOpened);
        var unitRows = CommittedWrites.Where(statement => statement.Text == WriteStatements.MergeNodes(NodeLabels.Unit, []).Text).ToList();
        // The first transaction merges a's and b's shared unit in one row; the second c's unit.
        Assert.Equal([1, 1], unitRows.Select(statement => statement.Parameters!["rows"]!["_value"]!.AsArray().Count));
        Assert.Equal(2, CommittedWrites.Count(statement => statement.Text == ReadStoredNodes));
    }

    [Fact]
    public async Task Many_batches_log_their_progress_after_each_transaction()
    {
        var logger = new CollectingLogger<Neo4jGraphWriter>();
        var writer = new Neo4jGraphWriter(Services.Runner(), logger, maxRecordsPerTransaction: 1);

        await writer.ApplyAllAsync([FinanceDocument(), TestGraph.Document("b.txt").Build(), RevisedFinanceDocument()], default);

        Assert.Equal(
            ["committed 1 of 3 batches", "committed 2 of 3 batches", "committed 3 of 3 batches"],
            logger.Messages.Where(message => message.Contains(" of 3 batches", StringComparison.Ordinal))
                .Select(message => message["Neo4j: ".Length..message.IndexOf(" (", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_batch_larger_than_the_record_limit_gets_a_transaction_of_its_own()
    {
        await Writer(maxRecordsPerTransaction: 1).ApplyAllAsync([FinanceDocument(), RevisedFinanceDocument()], default);

        Assert.Equal(2, TransactionsOpened);
    }

    [Fact]
    public async Task A_failure_in_a_later_transaction_leaves_the_earlier_batches_committed_whole_and_nothing_of_its_own()
    {
        var first = TestGraph.Document("a.txt").Unit("凉山州财政局").Build();
        var second = TestGraph.Document("b.txt").Measure(1, "一").Build();
        Neo4j.Script(
            WriteStatements.MergeNodes(NodeLabels.Measure, []).Text,
            FakeReply.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError"));

        await Assert.ThrowsAsync<Neo4jServerException>(() => Writer(maxRecordsPerTransaction: 1).ApplyAllAsync([first, second], default));

        Assert.Equal(
            [
                ReadStoredNodes,
                ReadStoredRelationships,
                WriteStatements.MergeNodes(NodeLabels.Document, []).Text,
                WriteStatements.MergeNodes(NodeLabels.Unit, []).Text,
                WriteStatements.RecordContributions([]).Text,
            ],
            CommittedWrites.Select(statement => statement.Text));
        Assert.Equal(0, Neo4j.OpenTransactionCount);
    }

    [Fact]
    public async Task Every_statement_sent_is_listed_among_the_statement_variants_with_its_parameter_names()
    {
        var (writer, _) = await WriterHoldingAsync(FinanceDocument());
        await writer.ApplyAsync(RevisedFinanceDocument(), default);
        var variants = Neo4jGraphWriter.StatementVariants().ToList();

        Assert.All(Neo4j.Requests.Where(request => request.Statement is not null), request =>
        {
            var variant = Assert.Single(variants, variant => variant.Text == request.Statement);
            Assert.Equal(variant.ParameterNames.Order(), (request.Body!["parameters"]?.AsObject().Select(parameter => parameter.Key) ?? []).Order());
        });
        Assert.Equal(variants.Count, variants.Select(variant => variant.Name).Distinct().Count());
        Assert.Equal(
            SchemaStatements.Length + 6 + NodeLabels.All.Count + RelationshipTypes.All.Count,
            variants.Count);
    }
}
