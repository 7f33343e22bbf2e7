package org.nianbao.audit.parse.table;

/**
 * The text of a Markdown table cell as a converter writes it: line breaks inside the cell as {@code <br>}
 * ("商业<br>企业", "…不补正、<br>行政机关…"), emphasis around a header ("**信息内容**"), {@code &nbsp;} for a space.
 * The markup is no part of the label or value: a break joins the two halves, emphasis is dropped.
 */
final class MarkdownCell {
    private static final String[] BREAKS = {"<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />"};

    private MarkdownCell() {
    }

    static String clean(String field) {
        if (field.indexOf('<') < 0 && field.indexOf('*') < 0 && field.indexOf('_') < 0 && field.indexOf('&') < 0) {
            return field; // nearly every cell: nothing to clean, nothing to copy
        }
        String s = field;
        for (String br : BREAKS) {
            s = s.replace(br, "");
        }
        s = s.replace("&nbsp;", " ");
        String t = LineTokenizer.strip(s);
        for (String mark : new String[] {"**", "__"}) {
            if (t.length() > 2 * mark.length() && t.startsWith(mark) && t.endsWith(mark)) {
                t = t.substring(mark.length(), t.length() - mark.length());
            }
        }
        return t;
    }
}
