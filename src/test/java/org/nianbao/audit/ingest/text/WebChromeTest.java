package org.nianbao.audit.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebChromeTest {
    private static List<String> furniture(String line) {
        return WebChrome.find(line).stream().map(r -> line.substring(r[0], r[1])).toList();
    }

    @Test
    void should_find_the_breadcrumb_the_widget_run_and_the_trailing_download_box_of_a_crawled_body() {
        // GIVEN a body as the crawler stored it
        String line = "当前位置： 首页政务公开政府信息公开平潭综合实验区综合执法与应急管理局政府信息公开年报 "
                + "平潭综合实验区综合执法与应急管理局2020年政府信息公开工作年度报告 来源： 时间：2021-01-28 10:53 --> 微信 微博 QQ空间 "
                + "全真版 文字版 文件下载 相关链接： 根据《中华人民共和国政府信息公开条例》……。 平潭综合实验区综合执法与应急管理局 "
                + "2021年1月26日 附件下载";
        // WHEN / THEN
        assertThat(furniture(line)).containsExactly(
                "当前位置： 首页政务公开政府信息公开平潭综合实验区综合执法与应急管理局政府信息公开年报",
                "来源： 时间：2021-01-28 10:53 --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接：",
                "附件下载");
    }

    @Test
    void should_leave_sentences_that_mention_widgets_alone() {
        // GIVEN prose about 微信 and a lone 来源 field
        String line = "来源：区公安局 本报告通过微信公众号和门户网站公布。我局开通微信 微博等政务新媒体。";
        // WHEN / THEN no two widget pieces stand side by side at the start, none closes the body
        assertThat(furniture(line)).isEmpty();
    }
}
