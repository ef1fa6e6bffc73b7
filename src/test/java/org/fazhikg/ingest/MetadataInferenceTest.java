package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule on a short invented report. */
class MetadataInferenceTest {
    private static MetadataInference inference;

    @BeforeAll
    static void load() {
        inference = new MetadataInference(Gazetteer.load());
    }

    private static ReportMetadata infer(String text) {
        return inference.infer(text, ReportMetadata.EMPTY);
    }

    // --- title

    @Test
    void finds_titles_in_the_forms_reports_use() {
        for (String title : List.of("某市司法局2020年法治政府建设年度报告", "某区人民政府关于2022年度法治政府建设情况的报告",
                "2019年度法治政府建设工作报告", "某县2018年依法行政工作报告", "某州2021年度法治建设工作情况报告")) {
            assertEquals(title, infer("首页 > 政务公开\n" + title + "\n一、主要工作\n").title(), title);
        }
    }

    @Test
    void takes_the_title_from_a_title_header_cell() {
        String text = "索引号: | 11340000/2021-00012 | 分类: | 其他 |\n标题: | 滁州市司法局2020年法治政府建设年度报告 | |\n正文";
        assertEquals("滁州市司法局2020年法治政府建设年度报告", infer(text).title());
    }

    @Test
    void prefers_a_title_with_a_year_over_a_breadcrumb_or_a_sentence() {
        String text = """
                首页 > 政务公开 > 某县人民政府法治政府建设报告
                宿松县2021年法治政府建设年度报告
                组织各单位严格落实法治政府建设年度报告
                """;
        assertEquals("宿松县2021年法治政府建设年度报告", infer(text).title());
        assertFalse(MetadataInference.looksLikeTitle("各单位落实法治政府建设年度报告,按时公开年度报告"));
        assertFalse(MetadataInference.looksLikeTitle("主要举措和成效"));
    }

    // --- year

    @Test
    void takes_the_year_from_the_title() {
        assertEquals(2020, infer("太湖县司法局2020年法治政府建设年度报告\n2021年1月发布").year());
        assertEquals(2022, infer("某区司法局关于2022年度法治政府建设情况的报告").year());
    }

    @Test
    void a_subdistrict_office_takes_its_district_from_a_header_that_names_it() {
        ReportMetadata m = infer("青龙街道办事处2020年法治政府建设工作报告\n发布日期：2021-01-12　来源：海淀区青龙街道办事处\n"
                + "2020年，青龙街道办事处在区委、区政府的领导下推进法治建设。");
        assertEquals("海淀区青龙街道办事处", m.issuer());
        assertEquals("海淀区青龙街道", m.region());
    }

    @Test
    void a_district_short_name_opening_a_subdistrict_name_stays_with_the_subdistrict() {
        assertEquals("西湖区西湖街道", infer("杭州市西湖区西湖街道办事处关于2022年度法治建设工作情况的报告\n正文").region());
    }

    @Test
    void a_town_named_alone_stands_under_the_government_it_reports_to() {
        String title = "青石镇人民政府关于2021年度法治政府建设工作的报告\n";
        assertEquals("青石镇人民政府", infer(title + "海宁市人民政府：\n现将我镇2021年工作报告如下。").issuer());
        assertEquals("海宁市青石镇", infer(title + "海宁市人民政府：\n现将我镇2021年工作报告如下。").region());
        // without a recipient line: the county-level region its opening paragraphs name most, not the city above it
        assertEquals("海宁市青石镇", infer(title + "2021年，我镇在海宁市委、海宁市政府和嘉兴市司法局指导下，落实海宁市部署。").region());
    }

    @Test
    void reads_a_title_written_in_full_width_digits() {
        ReportMetadata m = infer("平谷区司法局２０２１年度法治政府建设工作报告\n　　２０２１年，我局认真落实法治政府建设各项任务。");
        assertEquals(2021, m.year());
        assertEquals("平谷区司法局", m.issuer());
    }

    @Test
    void takes_the_year_opening_the_first_paragraphs_when_the_title_has_none() {
        String text = """
                一年来工作情况
                2023年,望江县司法行政系统坚持以习近平法治思想为指导,2020年以来的经验得到巩固。
                2023年是全面贯彻党的二十大精神的开局之年。
                2024年1月至3月另有安排。
                """;
        assertEquals(2023, infer(text).year());
    }

    @Test
    void takes_the_year_before_publication_for_a_report_published_by_april() {
        List<String> lines = List.of("主要工作情况");
        assertEquals(Optional.of(2021), MetadataInference.year(null, lines, LocalDate.of(2022, 3, 31)));
        assertEquals(Optional.of(2022), MetadataInference.year(null, lines, LocalDate.of(2022, 12, 20)));
        assertEquals(Optional.empty(), MetadataInference.year(null, lines, null));
    }

    // --- issuer

    @Test
    void takes_the_issuer_from_a_source_header() {
        assertEquals("岳西县司法局", infer("来源:岳西县司法局 发布时间:2021-02-20\n正文").issuer());
        assertEquals("潜山市司法局", infer("发布机构: | 潜山市司法局 | 公开日期: | 2021-03-12 | |\n正文").issuer());
    }

    @Test
    void takes_the_issuer_from_the_title_prefix() {
        assertEquals("安庆市大观区司法局", infer("安庆市大观区司法局关于2022年度法治政府建设情况的报告\n正文").issuer());
        assertEquals("桐城市司法局", infer("桐城市司法局2020年法治政府建设年度报告\n正文").issuer());
    }

    @Test
    void takes_the_issuer_from_the_signature_before_the_closing_date() {
        String text = """
                怀宁县2020年法治政府建设年度报告
                信息来源:怀宁县人民政府办公室 发布时间:2021-01-08 10:00:00
                2020年,怀宁县全面推进依法行政。
                一、主要举措
                (一)健全制度。

                安庆市怀宁县人民政府
                2021年1月6日
                相关信息和服务
                """;
        ReportMetadata m = infer(text);
        assertEquals("安庆市怀宁县人民政府", m.issuer()); // the signing government, not the office that posted it
        assertEquals("怀宁县", m.region());
        assertEquals(LocalDate.of(2021, 1, 8), m.published());
    }

    @Test
    void falls_back_to_an_office_header_when_nothing_else_names_a_body() {
        assertEquals("某市人民政府办公室", infer("信息来源:某市人民政府办公室\n正文没有署名。").issuer());
    }

    @Test
    void names_the_regions_justice_bureau_for_we_bureau_only_when_nothing_else_names_the_issuer() {
        assertEquals("枞阳县司法局", infer("2021年,枞阳县法治建设稳步推进。\n一年来,我局认真履职。").issuer());
        assertEquals("枞阳县人民政府", infer("2021年,枞阳县法治建设稳步推进。\n我局认真履职。\n枞阳县人民政府\n2022年2月1日").issuer());
        assertNull(infer("2021年,法治建设稳步推进。\n我局认真履职。").issuer());
    }

    @Test
    void ignores_header_values_that_are_not_bodies() {
        assertNull(infer("来源:本网 发布时间:2021-02-20\n正文").issuer());
    }

    // --- region

    @Test
    void takes_the_innermost_region_of_the_issuer_as_written() {
        assertEquals(Optional.of("蜀山区"), inference.region("合肥市蜀山区人民政府"));
        assertEquals(Optional.of("大观区"), inference.region("安庆市大观区司法局"));
        assertEquals(Optional.of("安庆市"), inference.region("安庆市司法局"));
        assertEquals(Optional.of("广西壮族自治区"), inference.region("广西壮族自治区司法厅"));
        assertEquals(Optional.of("迎江区"), inference.region("中共安庆市迎江区委"));
    }

    @Test
    void reads_region_words_the_gazetteer_does_not_know() {
        assertEquals(Optional.of("白鹭区"), inference.region("青松市白鹭区司法局"));
        assertEquals(Optional.empty(), inference.region("城市管理局"));
    }

    @Test
    void takes_the_most_frequent_region_of_the_first_lines_without_an_issuer() {
        String text = """
                2023年,宜秀区司法行政系统扎实推进法治建设。
                在安庆市委坚强领导下,宜秀区全面完成各项任务。
                """;
        ReportMetadata m = infer(text);
        assertEquals("宜秀区", m.region());
        assertNull(m.issuer());
    }

    // --- published

    @Test
    void takes_the_publication_date_from_a_header_with_time() {
        assertEquals(LocalDate.of(2021, 1, 5), infer("公开日期:2021-01-05 14:11:08\n正文").published());
        assertEquals(LocalDate.of(2020, 3, 9), infer("发文日期: | 2020年3月9日 |\n正文").published());
    }

    @Test
    void takes_the_publication_date_from_the_signature_when_no_header_gives_it() {
        assertEquals(LocalDate.of(2020, 12, 24), infer("正文。\n\n  歙县司法局\n\n  2020年12月24日\n").published());
        assertEquals(LocalDate.of(2020, 12, 24), infer("正文。\n歙县人民政府\n二〇二〇年十二月二十四日").published());
    }

    // --- what the caller knows

    @Test
    void derives_missing_fields_from_what_the_manifest_states() {
        ReportMetadata known = new ReportMetadata("黟县2019年度法治政府建设工作报告", "黄山市黟县人民政府", null, null, null, null);
        ReportMetadata m = inference.infer("2020年,另一个年份出现在正文里。\n祁门县司法局\n2020年3月1日", known);
        assertEquals("黄山市黟县人民政府", m.issuer());
        assertEquals("黟县", m.region());
        assertEquals(2019, m.year());
        assertEquals(LocalDate.of(2020, 3, 1), m.published());
    }

    @Test
    void leaves_unknown_what_the_text_does_not_state() {
        assertEquals(ReportMetadata.EMPTY, infer("一、主要工作\n加强学习。"));
        assertTrue(MetadataInference.signature(List.of("正文", "第二段")).isEmpty());
    }
}
