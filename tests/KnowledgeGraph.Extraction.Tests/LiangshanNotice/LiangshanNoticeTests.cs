using KnowledgeGraph.Domain.Graph;

namespace KnowledgeGraph.Extraction.Tests.LiangshanNotice;

/// <summary>Extraction of the real notice 凉委办发〔2022〕14号 with its 8 implementation plans.</summary>
public sealed class LiangshanNoticeTests(LiangshanNotice notice) : IClassFixture<LiangshanNotice>
{
    private const string DocumentId = "document:004_e24c27e5441453ca";

    [Fact]
    public void Document_node_has_title_number_and_date()
    {
        var document = notice.Node(DocumentId);

        const string title = "中共凉山州委办公室 凉山州人民政府办公室 关于印发《凉山州学前教育高质量发展实施方案》等8个实施方案的通知";
        Assert.Equal(NodeLabels.Document, document.Label);
        Assert.Equal(LiangshanNotice.FileName, document.GetString(PropertyNames.FileName));
        Assert.Equal(title, document.GetString(PropertyNames.Title));
        Assert.Equal(title, document.GetString(PropertyNames.Name));
        Assert.Equal("凉委办发〔2022〕14号", document.GetString(PropertyNames.Number));
        Assert.Equal("2022-05-21", document.GetString(PropertyNames.Date));
        Assert.Equal(DocumentId, notice.Batch.DocumentId);
    }

    [Fact]
    public void Document_is_issued_by_both_offices_with_evidence()
    {
        var issuedBy = notice.From(DocumentId, RelationshipTypes.IssuedBy).ToList();

        Assert.Equal(["unit:中共凉山州委办公室", "unit:凉山州人民政府办公室"], issuedBy.Select(r => r.EndId));
        Assert.All(issuedBy, r => Assert.Equal(NodeIds.KeyOf(r.EndId), Evidence.ReadFrom(r.Properties)!.Snippet));
    }

    [Fact]
    public void Eight_plans_in_order_each_part_of_the_document()
    {
        string[] titles =
        [
            "凉山州学前教育高质量发展实施方案",
            "凉山州义务教育高质量发展实施方案",
            "凉山州推进普通高中高质量发展实施方案",
            "凉山州职业教育高质量发展实施方案",
            "凉山州关于建设高质量教师队伍的实施方案",
            "凉山州教育信息化实施方案",
            "凉山州加强新时代教研科研工作的实施方案",
            "凉山州教育工作考核激励实施方案",
        ];

        var plans = notice.Plans();

        Assert.Equal(titles, plans.Select(p => p.GetString(PropertyNames.Title)));
        Assert.Equal(titles, plans.Select(p => p.GetString(PropertyNames.Name)));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8], plans.Select(p => (long)p.Properties[PropertyNames.Ordinal]!));
        Assert.All(plans, p => Assert.Single(notice.From(p.Id, RelationshipTypes.PartOf), r => r.EndId == DocumentId));
    }

    // Counted by hand in seeds/documents/004_e24c27e5441453ca.txt.
    [Theory]
    [InlineData(1, 13)]
    [InlineData(2, 13)]
    [InlineData(3, 15)]
    [InlineData(4, 12)]
    [InlineData(5, 11)]
    [InlineData(6, 12)]
    [InlineData(7, 13)]
    [InlineData(8, 11)]
    public void Plan_has_its_hand_counted_measures(int planOrdinal, int count)
    {
        var measures = notice.MeasuresOf(notice.Plans()[planOrdinal - 1]);

        Assert.Equal(count, measures.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), measures.Select(m => (long)m.Properties[PropertyNames.Ordinal]!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Plans_numbered_straight_through_use_the_number_as_key(int planOrdinal)
    {
        var plan = notice.Plans()[planOrdinal - 1];

        Assert.All(notice.MeasuresOf(plan), m =>
        {
            Assert.Equal(m.Properties[PropertyNames.Ordinal], m.Properties[PropertyNames.Number]);
            Assert.Equal(NodeIds.Measure(plan.Id, $"{m.Properties[PropertyNames.Number]}"), m.Id);
        });
    }

    [Fact]
    public void Plan_8_restarts_numbering_so_keys_are_qualified_by_heading_position()
    {
        var plan = notice.Plans()[7];

        var measures = notice.MeasuresOf(plan);

        Assert.Equal(
            ["3.1-1", "3.1-2", "3.1-3", "3.1-4", "3.2-1", "3.2-2", "3.2-3", "4-1", "4-2", "4-3", "4-4"],
            measures.Select(m => m.Id[(m.Id.LastIndexOf('/') + 1)..]));
        Assert.Equal([1L, 2, 3, 4, 1, 2, 3, 1, 2, 3, 4], measures.Select(m => (long)m.Properties[PropertyNames.Number]!));
        Assert.Equal(
            ["（一）奖励先进", "（二）强化责任追究", "三、考核要求"],
            measures.Select(m => m.GetString(PropertyNames.Section)).Distinct());
    }

    [Fact]
    public void Measure_ids_are_unique()
    {
        var ids = notice.Nodes(NodeLabels.Measure).Select(m => m.Id).ToList();

        Assert.Equal(100, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(notice.Batch.Nodes.Count, notice.Batch.Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(1, 1, "推进学前教育普及普惠进程", "（一）大力实施普惠性资源扩容增效")]
    [InlineData(1, 10, "持续推动“学前学普”行动常态化", "（三）推进“学前学会普通话2.0”行动")]
    [InlineData(1, 12, "加强组织领导", "三、保障措施")]
    [InlineData(4, 1, "优化职业教育布局结构", "二、重点工作")]
    [InlineData(7, 1, "推动机构改革，强化职能职责", "（一）深化教研科研体制改革")]
    [InlineData(5, 9, "加大组织保障力度", "三、保障措施")]
    public void Measure_has_title_up_to_the_first_full_stop_and_its_nearest_heading(int plan, long number, string title, string section)
    {
        var measure = notice.Measure(plan, number);

        Assert.Equal(title, measure.GetString(PropertyNames.Title));
        Assert.Equal(title, measure.GetString(PropertyNames.Name));
        Assert.Equal(section, measure.GetString(PropertyNames.Section));
    }

    [Fact]
    public void Sub_items_belong_to_the_enclosing_measure()
    {
        var measure = notice.Node(NodeIds.Measure(notice.Plans()[7].Id, "3.1-3"));
        var text = measure.GetString(PropertyNames.Text)!;

        Assert.StartsWith("3. 表扬奖励教育教学质量一线优秀教师或教育工作者。", text, StringComparison.Ordinal);
        Assert.Contains("（1）表扬奖励优秀校长。", text, StringComparison.Ordinal);
        Assert.Contains("（3）表扬奖励优秀教育工作者。", text, StringComparison.Ordinal);
        Assert.DoesNotContain(notice.Nodes(NodeLabels.Measure), m => m.GetString(PropertyNames.Title)!.StartsWith('（'));
    }

    [Fact]
    public void Measure_text_is_the_joined_paragraph_and_its_evidence_points_at_it()
    {
        // Plan 2 measure 13 is cut by a page break inside 重中之重.
        var measure = notice.Measure(2, 13);
        var text = measure.GetString(PropertyNames.Text)!;
        var evidence = Evidence.ReadFrom(measure.Properties)!;

        Assert.Contains("财政教育保障的重中之重", text, StringComparison.Ordinal);
        Assert.EndsWith("〔责任单位：州财政局，州教育体育局、各县（市）党委和人民政府〕", text, StringComparison.Ordinal);
        Assert.Equal(text, notice.NormalizedText.Substring(evidence.Offset, evidence.Length));
        Assert.StartsWith(evidence.Snippet, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_lead_units_both_lead_plan_4_measure_12()
    {
        var measure = notice.Measure(4, 12);

        Assert.Equal(
            ["unit:凉山州教育体育局", "unit:凉山州财政局"],
            notice.From(measure.Id, RelationshipTypes.LedBy).Select(r => r.EndId));
        Assert.Equal(
            ["unit:凉山州直相关部门", "unit:各县（市）党委和人民政府"],
            notice.From(measure.Id, RelationshipTypes.CoLedBy).Select(r => r.EndId));
    }

    [Fact]
    public void Every_measure_of_plans_1_to_7_has_a_lead_and_plan_8_has_no_units()
    {
        var plans = notice.Plans();

        Assert.All(plans.Take(7).SelectMany(notice.MeasuresOf), m => Assert.NotEmpty(notice.From(m.Id, RelationshipTypes.LedBy)));
        Assert.All(notice.MeasuresOf(plans[7]), m =>
        {
            Assert.Empty(notice.From(m.Id, RelationshipTypes.LedBy));
            Assert.Empty(notice.From(m.Id, RelationshipTypes.CoLedBy));
        });
        Assert.Equal(89, notice.Context.Responsibilities.Count);
    }

    [Fact]
    public void Prefecture_units_resolve_to_Liangshan_names_and_keep_the_short_form()
    {
        var finance = notice.Node("unit:凉山州财政局");

        Assert.Equal("凉山州财政局", finance.GetString(PropertyNames.Name));
        Assert.Equal(["州财政局"], (IReadOnlyList<string>)finance.Properties[PropertyNames.Aliases]!);
        Assert.DoesNotContain(notice.Nodes(NodeLabels.Unit), u => u.GetString(PropertyNames.Name)!.StartsWith('州'));
        Assert.Equal(["州直相关部门"], (IReadOnlyList<string>)notice.Node("unit:凉山州直相关部门").Properties[PropertyNames.Aliases]!);
        // Plan 5 measure 4 writes the collective without 各; it is the same unit.
        Assert.Equal(["县（市）党委和人民政府"], (IReadOnlyList<string>)notice.Node("unit:各县（市）党委和人民政府").Properties[PropertyNames.Aliases]!);
    }

    [Fact]
    public void The_same_unit_is_one_node()
    {
        var ledByEducation = notice.Batch.Relationships
            .Where(r => r.Type == RelationshipTypes.LedBy && r.EndId == "unit:凉山州教育体育局")
            .ToList();

        Assert.True(ledByEducation.Count > 80, $"凉山州教育体育局 leads {ledByEducation.Count} measures");
        Assert.Single(notice.Nodes(NodeLabels.Unit), u => u.GetString(PropertyNames.Name) == "凉山州教育体育局");
        Assert.Single(notice.Nodes(NodeLabels.Unit), u => u.GetString(PropertyNames.Name) == "凉山州大数据中心");
    }

    [Fact]
    public void No_unit_is_the_editorial_note_or_carries_brackets_or_spaces()
    {
        Assert.All(notice.Nodes(NodeLabels.Unit), u =>
        {
            var name = u.GetString(PropertyNames.Name)!;
            Assert.DoesNotContain("牵头", name, StringComparison.Ordinal);
            Assert.DoesNotContain("下同", name, StringComparison.Ordinal);
            Assert.DoesNotContain("责任单位", name, StringComparison.Ordinal);
            Assert.False(name.Any(c => char.IsWhiteSpace(c) || c is '〕' or '】' or ']' or '〔' or '【' or '['), name);
        });
    }

    [Theory]
    [InlineData(3, 12, "unit:各县（市）党委和人民政府", "各县（市）〕党委和人民政府")] // stray 〕 inside the list
    [InlineData(4, 1, "unit:各县（市）党委和人民政府", "各县（市）党委和人民政府")] // 〔…] with the note
    [InlineData(6, 1, "unit:凉山州大数据中心", "州大数据中心")] // 〔…】, bracket cut inside 责任单位
    [InlineData(6, 2, "unit:凉山州大数据中心", "州大数据中心")] // （…）
    [InlineData(7, 13, "unit:各县（市）党委和人民政府", "各县（市）党委和人民政府")] // a second ，
    public void Bracket_variants_give_co_responsible_units_with_evidence(int plan, long number, string unitId, string snippet)
    {
        var measure = notice.Measure(plan, number);

        var relationship = Assert.Single(notice.From(measure.Id, RelationshipTypes.CoLedBy), r => r.EndId == unitId);

        Assert.Equal(snippet, Evidence.ReadFrom(relationship.Properties)!.Snippet);
        Assert.Single(notice.From(measure.Id, RelationshipTypes.LedBy), r => r.EndId == "unit:凉山州教育体育局");
    }

    [Fact]
    public void Every_responsibility_has_evidence_at_its_offset_in_the_normalised_text()
    {
        var responsibilities = notice.Batch.Relationships
            .Where(r => r.Type is RelationshipTypes.LedBy or RelationshipTypes.CoLedBy)
            .ToList();

        Assert.NotEmpty(responsibilities);
        Assert.All(responsibilities, r =>
        {
            var evidence = Evidence.ReadFrom(r.Properties);
            Assert.NotNull(evidence);
            Assert.Equal(DocumentId, evidence.DocumentId);
            Assert.Equal(evidence.Snippet, notice.NormalizedText.Substring(evidence.Offset, evidence.Snippet.Length));
            Assert.Equal(evidence.Length, evidence.Snippet.Length);

            // The mention is the unit's written name, give or take a stray bracket.
            var unit = notice.Node(r.EndId);
            var written = evidence.Snippet.Replace("〕", string.Empty, StringComparison.Ordinal);
            Assert.True(unit.GetString(PropertyNames.Name) == written || ((IReadOnlyList<string>)unit.Properties[PropertyNames.Aliases]!).Contains(written), written);
        });
    }

    [Fact]
    public void Every_record_has_evidence_and_every_relationship_joins_nodes_of_the_batch()
    {
        var ids = notice.Batch.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(notice.Batch.Relationships, r =>
        {
            Assert.Contains(r.StartId, ids);
            Assert.Contains(r.EndId, ids);
            Assert.Equal(NodeIds.Relationship(r.StartId, r.Type, r.EndId), r.Id);
            var evidence = Evidence.ReadFrom(r.Properties)!;
            Assert.Equal(evidence.Snippet, notice.NormalizedText.Substring(evidence.Offset, evidence.Snippet.Length));
        });
        Assert.All(notice.Batch.Nodes, n => Assert.NotNull(Evidence.ReadFrom(n.Properties)));
    }

    [Fact]
    public void Property_values_are_strings_longs_or_string_lists()
    {
        Assert.All(
            notice.Batch.Nodes.SelectMany(n => n.Properties.Values).Concat(notice.Batch.Relationships.SelectMany(r => r.Properties.Values)),
            value => Assert.True(value is string or long or IReadOnlyList<string>, value?.GetType().Name ?? "null"));
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var first = Dump(ExtractionPipeline.Default.Extract(notice.Source));
        var second = Dump(new ExtractionPipelineBuilder().Build().Extract(notice.Source with { }));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    private static List<string> Dump(GraphBatch batch) =>
        [.. batch.Nodes.Select(n => $"{n.Id} {n.Label} {Properties(n.Properties)}"),
            .. batch.Relationships.Select(r => $"{r.Id} {Properties(r.Properties)}")];

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        string.Join("; ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            $"{p.Key}={(p.Value is IReadOnlyList<string> list ? "[" + string.Join(",", list) + "]" : p.Value)}"));
}
