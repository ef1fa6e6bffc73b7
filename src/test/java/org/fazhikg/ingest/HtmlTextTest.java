package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void takes_the_element_with_the_most_paragraph_text_when_no_class_names_the_body() {
        String html = """
                <html><body>
                <div><a href="/">首页</a> <a href="/a">机构概况</a> <a href="/b">政务公开</a> <a href="/c">办事服务</a></div>
                <div><div>
                  <p>2021年，某县深入推进依法行政，法治政府建设取得明显成效。</p>
                  <p>一、主要做法</p>
                  <p>（一）完善制度体系。修订规范性文件管理办法，清理文件三十余件。</p>
                </div></div>
                <div>版权所有：某县人民政府 地址：某县人民路1号</div>
                </body></html>
                """;
        assertEquals("""
                2021年，某县深入推进依法行政，法治政府建设取得明显成效。
                一、主要做法
                （一）完善制度体系。修订规范性文件管理办法，清理文件三十余件。""", HtmlText.extract(html).body());
    }

    @Test
    void drops_buttons_share_lines_and_the_related_links_footer_inside_the_body() {
        String html = """
                <div class="article-content">
                <p>扫一扫在手机上打开当前页</p>
                <p>一、加强组织领导</p><p>召开专题会议三次，研究部署法治政府建设重点任务，压实各方责任。</p>
                <p>二、推进严格执法</p><p>开展行政执法案卷评查，发现并整改问题二十个，执法质量稳步提升。</p>
                <p>分享到：微信 微博</p>
                <p>【打印本页】 【关闭窗口】</p>
                <p>上一篇：某县2020年法治政府建设年度报告</p>
                <p>相关链接</p><p>某县2019年法治政府建设年度报告</p>
                </div>
                """;
        assertEquals("""
                一、加强组织领导
                召开专题会议三次，研究部署法治政府建设重点任务，压实各方责任。
                二、推进严格执法
                开展行政执法案卷评查，发现并整改问题二十个，执法质量稳步提升。""", HtmlText.extract(html).body());
    }

    @Test
    void puts_headings_after_a_br_on_their_own_line_and_normalises_line_breaks() {
        String html = "<div id=\"zoom\"><p>总体情况良好。<br>（一）健全机制。\r\n内容一。<br/>1.落实制度。内容二。</p></div>";
        assertEquals("总体情况良好。\n（一）健全机制。 内容一。\n1.落实制度。内容二。", HtmlText.extract(html).body());
    }

    @Test
    void keeps_the_page_header_as_preamble_for_the_metadata() {
        String html = """
                <h1>某区2022年法治政府建设年度报告</h1>
                <div class="info">来源：某区司法局 发布时间：2023-01-10</div>
                <div class="TRS_Editor"><p>2022年，某区坚持依法行政，推进法治政府建设各项任务落地见效。</p>
                <p>一、主要举措</p><p>健全依法决策机制，完善合法性审查流程，审查文件共计四十件。</p></div>
                """;
        HtmlText.Page page = HtmlText.extract(html);
        assertEquals("某区2022年法治政府建设年度报告\n来源：某区司法局 发布时间：2023-01-10", page.preamble());
        assertTrue(page.body().startsWith("某区2022年法治政府建设年度报告\n2022年，某区坚持依法行政"), page.body());
    }

    @Test
    void decodes_a_utf8_page_that_declares_gb2312() throws Exception {
        byte[] bytes = "<meta charset=gb2312><div class=content><p>某县法治政府建设情况</p></div>".getBytes(StandardCharsets.UTF_8);
        assertEquals("某县法治政府建设情况", HtmlText.read(bytes).body());
    }

    @Test
    void decodes_a_gbk_page_by_its_meta_charset() throws Exception {
        byte[] bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"><div class=content><p>某县法治政府建设情况</p></div>"
                .getBytes(Charset.forName("GBK"));
        assertEquals("某县法治政府建设情况", HtmlText.read(bytes).body());
    }

    @Test
    void rejects_a_page_without_text() {
        TextDecoder.Unreadable e = assertThrows(TextDecoder.Unreadable.class,
                () -> HtmlText.read("<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("no report text found in the HTML page", e.getMessage());
    }

    @Test
    void recognises_button_and_share_lines() {
        assertTrue(HtmlText.isBoilerplate("【打印】【关闭】"));
        assertTrue(HtmlText.isBoilerplate("字号：大 中 小"));
        assertTrue(HtmlText.isBoilerplate("扫一扫在手机上打开当前页"));
        assertFalse(HtmlText.isBoilerplate("关闭违规企业三家。"));
    }
}
