package org.nianbao.audit.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedHtmlReaderTest {

    private static String filter(String html, long maxText, int maxTags) throws IOException {
        try (BoundedHtmlReader r = new BoundedHtmlReader(new StringReader(html), maxText, maxTags)) {
            StringBuilder out = new StringBuilder();
            char[] buf = new char[7]; // small reads cross every look-ahead boundary
            int n;
            while ((n = r.read(buf, 0, buf.length)) > 0) {
                out.append(buf, 0, n);
            }
            return out.toString();
        }
    }

    /** Without limits; bounded in time, since a state that consumes nothing would loop forever. */
    private static String filter(String html) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> filter(html, Long.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void should_drop_the_content_of_scripts_styles_and_comments_but_keep_their_tags() {
        // GIVEN a script holding markup-like text, an upper-case end tag, a style and a comment
        String html = "<p>一</p><script type=\"text/javascript\">var s = \"<p>假</p>\"; if (a < b) {}</script>"
                + "<STYLE>p{color:red}</STYLE><!-- <p>注释</p> --><p>二</p>";
        // THEN
        assertThat(filter(html)).isEqualTo("<p>一</p><script type=\"text/javascript\"></script><STYLE></STYLE><p>二</p>");
    }

    @Test
    void should_pass_tags_with_quoted_and_unquoted_attributes_through_unchanged() {
        // GIVEN every kind of attribute quoting, values holding '>' and the other quote, a tag cut by the end of input
        String html = "<td width=\"60\" colspan=4 style='font-family:\"仿宋_GB2312\"' title=\"a>b\"><p class=MsoNormal>"
                + "一</p></td><p a=\"\" b=''>二</p><img alt=\"x";
        // WHEN / THEN
        assertThat(filter(html)).isEqualTo(html);
    }

    @Test
    void should_keep_a_self_closed_script_and_what_follows_it() {
        assertThat(filter("<script src=\"a.js\"/><p>正文</p>")).isEqualTo("<script src=\"a.js\"/><p>正文</p>");
    }

    @Test
    void should_cut_an_attribute_value_longer_than_any_url() {
        // GIVEN an inline base64 image of 100 K characters
        String data = "data:image/png;base64," + "QUJD".repeat(25_000);
        // WHEN
        String out = filter("<img src=\"" + data + "\" width=\"800\"><p>正文</p>");
        // THEN the value is cut, the tag and the text after it are whole
        assertThat(out).hasSize("<img src=\"\" width=\"800\"><p>正文</p>".length() + BoundedHtmlReader.MAX_VALUE);
        assertThat(out).endsWith("\" width=\"800\"><p>正文</p>");
    }

    @Test
    void should_leave_text_with_a_lone_less_than_sign_alone() {
        assertThat(filter("<p>1 < 2 且 3<4</p>")).isEqualTo("<p>1 < 2 且 3<4</p>");
    }

    @Test
    void should_end_the_input_past_the_visible_text_limit_and_say_so() throws IOException {
        try (BoundedHtmlReader r = new BoundedHtmlReader(new StringReader("<p>" + "字".repeat(1000) + "</p>"), 100, 1000)) {
            char[] buf = new char[4096];
            int total = 0;
            int n;
            while ((n = r.read(buf, 0, buf.length)) > 0) {
                total += n;
            }
            assertThat(r.overflow()).isEqualTo("text");
            assertThat(total).isLessThan(110);
        }
    }

    @Test
    void should_end_the_input_past_the_tag_limit_and_say_so() throws IOException {
        try (BoundedHtmlReader r = new BoundedHtmlReader(new StringReader("<i></i>".repeat(1000)), 1000, 50)) {
            while (r.read(new char[64], 0, 64) > 0) {
                // drain
            }
            assertThat(r.overflow()).isEqualTo("elements");
            assertThat(r.tags()).isEqualTo(51);
        }
    }
}
