package org.nianbao.audit.ingest.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.model.SourceSpan;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Recognises the header block a site crawler writes above the page text ("标题: …", "发布时间: …", "文号:",
 * "发布机构:", "栏目:", "原文链接:", "本地目录:", a note on its links file, then "==== 正文 ===="): metadata
 * about the page, not report text. A header is only taken as such when it starts the file, carries a 标题 and
 * either ends in a 正文 separator or also names the page's link, so that a report whose first line happens to
 * read "标题：" is left alone.
 */
final class CrawlerHeader {
    /** A header read: what it says about the page, and the index of the first body line. */
    record Header(PageFacts page, int bodyStart) {
    }

    private enum Key { TITLE, PUBLISHED, INDEX, PUBLISHER, URL, OTHER }

    private static final Map<String, Key> KEYS = Map.ofEntries(
            Map.entry("标题", Key.TITLE), Map.entry("文章标题", Key.TITLE),
            Map.entry("发布时间", Key.PUBLISHED), Map.entry("发布日期", Key.PUBLISHED), Map.entry("时间", Key.PUBLISHED),
            Map.entry("日期", Key.PUBLISHED),
            Map.entry("索引号", Key.INDEX),
            Map.entry("发布机构", Key.PUBLISHER), Map.entry("发布单位", Key.PUBLISHER), Map.entry("来源", Key.PUBLISHER),
            Map.entry("信息来源", Key.PUBLISHER),
            Map.entry("原文链接", Key.URL), Map.entry("链接", Key.URL), Map.entry("网址", Key.URL), Map.entry("url", Key.URL),
            Map.entry("文号", Key.OTHER), Map.entry("发文字号", Key.OTHER), Map.entry("栏目", Key.OTHER),
            Map.entry("本地目录", Key.OTHER), Map.entry("分类", Key.OTHER), Map.entry("主题分类", Key.OTHER),
            Map.entry("作者", Key.OTHER));
    /** A header never runs longer than this; past it, the file is a report whose first lines look similar. */
    private static final int MAX_HEADER_LINES = 20;

    private CrawlerHeader() {
    }

    static Optional<Header> read(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        PageFacts.Field[] fields = new PageFacts.Field[Key.values().length];
        int keys = 0;
        for (; i < lines.size() && i < MAX_HEADER_LINES; i++) {
            String line = lines.get(i);
            if (isSeparator(line)) {
                return header(fields, keys, i + 1, true);
            }
            if (line.isBlank() || isNote(line)) {
                continue;
            }
            int colon = colon(line);
            Key key = colon < 0 ? null : KEYS.get(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT));
            if (key == null) {
                return keys == 0 ? Optional.empty() : header(fields, keys, i, false);
            }
            keys++;
            String value = line.substring(colon + 1).strip();
            if (!value.isEmpty() && fields[key.ordinal()] == null) {
                fields[key.ordinal()] = new PageFacts.Field(value, line.strip(),
                        SourceSpan.textLine(i + 1, line.indexOf(value, colon + 1) + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Header> header(PageFacts.Field[] f, int keys, int bodyStart, boolean separated) {
        boolean titled = f[Key.TITLE.ordinal()] != null;
        if (!titled || keys < 2 || (!separated && f[Key.URL.ordinal()] == null)) {
            return Optional.empty();
        }
        PageFacts page = new PageFacts(f[Key.TITLE.ordinal()], f[Key.PUBLISHED.ordinal()], f[Key.INDEX.ordinal()],
                f[Key.PUBLISHER.ordinal()], f[Key.URL.ordinal()]);
        return Optional.of(new Header(page, bodyStart));
    }

    /** "key: value" or "key：value" with a short key; -1 when the line is no such field. */
    private static int colon(String line) {
        for (int i = 0; i < line.length() && i <= 8; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }

    /** The crawler's note on where it stored links and images ("页面链接与图片详见 links.tsv(同目录)"). */
    private static boolean isNote(String line) {
        String c = Normalizer.compact(line);
        return c.startsWith("页面链接") || c.contains("links.tsv");
    }

    /** "==================== 正文 ====================" or a plain rule of = or - around 正文. */
    private static boolean isSeparator(String line) {
        String c = Normalizer.compact(line);
        int rule = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '=' || ch == '-' || ch == '*' || ch == '#') {
                rule++;
            }
        }
        return rule >= 6 && (c.contains("正文") || rule == c.length());
    }
}
