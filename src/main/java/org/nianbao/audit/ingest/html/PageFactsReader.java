package org.nianbao.audit.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.audit.document.PageFacts;
import org.nianbao.audit.model.SourceSpan;

/**
 * Reads what the publishing page says about the report around the article: its meta tags (PubDate, ArticleTitle,
 * ContentSource, Url …), the 政府信息公开 info table above the article (索引号 / 发布机构 / 发布日期 / 文号), and the
 * article title and 发布时间 line printed above the body. What a reader sees on the page wins over meta tags.
 */
final class PageFactsReader {
    private static final List<String> META_PUBLISHED = List.of("pubdate", "publishdate", "firstpublishedtime",
            "pubtime", "publishtime", "publish_time", "article:published_time", "dcterms.issued", "dc.date.issued",
            "dc.date", "releasedate");
    private static final List<String> META_TITLE = List.of("articletitle", "og:title", "dc.title", "title");
    private static final List<String> META_PUBLISHER = List.of("contentsource", "source", "dc.publisher", "publisher");
    private static final List<String> META_URL = List.of("url", "og:url");
    private static final String DATE = "(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)";
    /** 发布时间 / 发布日期, or a bare 时间 / 日期 label (not 成文日期, 更新时间: those are other dates). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(发布时间|发布日期|公开日期|(?<![\\u4e00-\\u9fff])时间|(?<![\\u4e00-\\u9fff])日期)\\s*[:：]\\s*" + DATE);
    private static final Pattern INDEX_LINE = Pattern.compile("索\\s*引\\s*号\\s*[:：]\\s*([A-Za-z0-9/\\-—]{6,40})");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?<![\\u4e00-\\u9fff])(?:来源|发布机构|信息来源)\\s*[:：]\\s*([^\\s:：]{2,30})");
    private static final String[] INFO_LABELS = {"索引号", "发布机构", "发布日期", "成文日期", "文号", "发文字号",
            "主题分类", "公开方式", "发文机关", "生效日期"};
    /** Text boxes before the article looked at for its title and date, nearest first. */
    private static final int LOOK_BACK = 120;
    private static final int MAX_TITLE = 100;

    /** The page's facts, plus what to print above the body when it does not print them itself. */
    record Result(PageFacts facts, String title, String dateLine) {
    }

    private PageFactsReader() {
    }

    static Result read(Document doc, Element container) {
        Map<String, String> meta = meta(doc);
        Map<String, String> info = infoTable(doc);
        PageFacts.Field published = null;
        String dateLine = null;
        PageFacts.Field indexNumber = null;
        PageFacts.Field publisher = null;
        String title = null;
        Deque<String> before = textBefore(doc.body(), container);
        for (String text : before) {
            if (title == null && isTitle(text)) {
                title = text;
            }
            if (dateLine == null) {
                Matcher m = DATE_LINE.matcher(text);
                if (m.find()) {
                    String label = m.group(1).startsWith("发布") ? m.group(1) : "发布时间";
                    dateLine = label + "：" + m.group(2).strip();
                }
            }
            if (indexNumber == null) {
                Matcher m = INDEX_LINE.matcher(text);
                if (m.find()) {
                    indexNumber = new PageFacts.Field(m.group(1), text, SourceSpan.NONE);
                }
            }
            if (publisher == null) {
                Matcher m = SOURCE_LINE.matcher(text);
                if (m.find()) {
                    publisher = new PageFacts.Field(m.group(1), text, SourceSpan.NONE);
                }
            }
        }
        if (info.containsKey("发布日期")) {
            dateLine = "发布日期：" + info.get("发布日期");
        }
        if (dateLine != null) {
            published = new PageFacts.Field(dateLine.substring(dateLine.indexOf('：') + 1), dateLine, SourceSpan.NONE);
        } else if (first(meta, META_PUBLISHED) != null) {
            String[] kv = first(meta, META_PUBLISHED);
            published = new PageFacts.Field(kv[1], metaEvidence(kv), SourceSpan.NONE);
        }
        if (info.containsKey("索引号")) {
            indexNumber = new PageFacts.Field(info.get("索引号"), "索引号：" + info.get("索引号"), SourceSpan.NONE);
        }
        if (info.containsKey("发布机构")) {
            publisher = new PageFacts.Field(info.get("发布机构"), "发布机构：" + info.get("发布机构"), SourceSpan.NONE);
        } else if (publisher == null && first(meta, META_PUBLISHER) != null) {
            String[] kv = first(meta, META_PUBLISHER);
            publisher = new PageFacts.Field(kv[1], metaEvidence(kv), SourceSpan.NONE);
        }
        PageFacts.Field titleField = null;
        String[] metaTitle = first(meta, META_TITLE);
        if (title != null) {
            titleField = new PageFacts.Field(title, title, SourceSpan.NONE);
        } else if (metaTitle != null) {
            title = metaTitle[1];
            titleField = new PageFacts.Field(title, metaEvidence(metaTitle), SourceSpan.NONE);
        } else {
            title = documentTitle(doc);
            titleField = title == null ? null : new PageFacts.Field(title, "<title>" + title, SourceSpan.NONE);
        }
        String[] url = first(meta, META_URL);
        PageFacts.Field urlField = url == null ? null : new PageFacts.Field(url[1], metaEvidence(url), SourceSpan.NONE);
        return new Result(new PageFacts(titleField, published, indexNumber, publisher, urlField), title, dateLine);
    }

    /** A line that starts with a 发布时间 / 发布日期 / 日期 label and its date. */
    static boolean isDateLine(String compact) {
        Matcher m = DATE_LINE.matcher(compact);
        return m.find() && m.start() == 0;
    }

    /** A page-header line under a title: 来源, 发布时间, 浏览次数 and the like, with their values. */
    static boolean isHeaderLine(String compact) {
        return compact.length() <= 120 && (DATE_LINE.matcher(compact).find() || SOURCE_LINE.matcher(compact).find()
                || compact.startsWith("浏览次数") || compact.startsWith("点击数") || compact.startsWith("访问量")
                || INDEX_LINE.matcher(compact).find());
    }

    /** The 政府信息公开 info table (索引号 / 发布机构 / 发布日期 …): page metadata, never report content. */
    static boolean isInfoTable(Element table) {
        String text = table.text();
        if (text.length() > 1000 || !text.replace(" ", "").contains("索引号")) {
            return false;
        }
        int labels = 0;
        for (String label : INFO_LABELS) {
            labels += text.replace(" ", "").contains(label) ? 1 : 0;
        }
        return labels >= 2;
    }

    /** Label → value pairs of the info table: the cell after a label cell, or the text after "标签：" in one cell. */
    private static Map<String, String> infoTable(Document doc) {
        Map<String, String> pairs = new HashMap<>();
        for (Element table : doc.getElementsByTag("table")) {
            if (!isInfoTable(table)) {
                continue;
            }
            List<Element> cells = table.select("td, th");
            for (int i = 0; i < cells.size(); i++) {
                String text = HtmlText.collapse(cells.get(i).text());
                String compact = text.replace(" ", "");
                for (String label : INFO_LABELS) {
                    if (!compact.startsWith(label)) {
                        continue;
                    }
                    String rest = compact.substring(label.length());
                    rest = rest.startsWith("：") || rest.startsWith(":") ? rest.substring(1) : rest;
                    String value = !rest.isEmpty() ? rest
                            : i + 1 < cells.size() ? HtmlText.collapse(cells.get(i + 1).text()) : "";
                    if (!value.isEmpty()) {
                        pairs.putIfAbsent(label, value);
                    }
                }
            }
            break;
        }
        return pairs;
    }

    /** Short text boxes between the page's start and the article, nearest the article first, links left out. */
    private static Deque<String> textBefore(Element body, Element container) {
        Deque<String> texts = new ArrayDeque<>();
        if (body == null) {
            return texts;
        }
        for (Element e : body.getAllElements()) {
            if (e == container) {
                break;
            }
            if (!e.hasText() || e.closest("a") != null || !hasOwnText(e) || ChromeFilter.isHidden(e)) {
                continue;
            }
            String text = HtmlText.collapse(e.text());
            if (!text.isEmpty() && text.length() <= MAX_TITLE + 20) {
                texts.addFirst(text);
                if (texts.size() > LOOK_BACK) {
                    texts.removeLast();
                }
            }
        }
        return texts;
    }

    private static boolean hasOwnText(Element e) {
        for (var t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(String text) {
        String c = text.replace(" ", "");
        return c.length() >= 8 && c.length() <= MAX_TITLE && c.contains("报告") && !c.startsWith("当前位置")
                && !c.contains("》") && !c.endsWith("。") && c.indexOf('>') < 0 && c.indexOf('›') < 0;
    }

    /** The page title without the site's name: "…年度报告_政府信息公开年报_XX网" → the part naming the report. */
    private static String documentTitle(Document doc) {
        String t = HtmlText.collapse(doc.title());
        if (t.isEmpty()) {
            return null;
        }
        for (String part : t.split("[_|｜]| - | — ")) {
            if (part.contains("报告")) {
                return HtmlText.strip(part);
            }
        }
        return null;
    }

    private static Map<String, String> meta(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String key = !m.attr("name").isEmpty() ? m.attr("name")
                    : !m.attr("property").isEmpty() ? m.attr("property") : m.attr("http-equiv");
            String value = HtmlText.collapse(m.attr("content"));
            if (!key.isEmpty() && !value.isEmpty()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        }
        return meta;
    }

    private static String[] first(Map<String, String> meta, List<String> keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null) {
                return new String[] {k, v};
            }
        }
        return null;
    }

    private static String metaEvidence(String[] kv) {
        return "<meta name=\"" + kv[0] + "\" content=\"" + kv[1] + "\">";
    }
}
