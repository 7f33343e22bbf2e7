package org.nianbao.audit.ingest.html;

/**
 * How strongly a piece of page text says "this is the annual report itself": a numbered section heading of
 * the template, a statistics-table label, the words of the report's subject. Only a locating heuristic — the
 * parser decides what the text is — so the lists are short and loose: a heading on an unseen site still carries
 * one of these words, and site chrome (menus, footers, news lists) carries none of them as a heading or a cell.
 */
final class ReportSignals {
    static final int HEADING = 40;
    static final int LABEL = 6;
    static final int SUBJECT = 2;
    /** A heading or a cell label is short; a sentence mentioning 行政复议 is narrative, not a signal of its own. */
    private static final int MAX_HEADING = 40;
    private static final int MAX_LABEL = 60;

    private static final String[] HEADING_WORDS = {"总体情况", "主动公开", "收到和处理", "申请情况", "行政复议", "行政诉讼",
            "主要问题", "改进情况", "存在问题", "其他需要报告", "其他需报告"};
    private static final String[] LABELS = {"信息内容", "本年制发件数", "本年新制作数量", "处理决定数量", "本年收费金额",
            "第二十条", "申请人情况", "本年新收", "上年结转", "本年度办理结果", "予以公开", "部分公开", "不予公开", "无法提供",
            "不予处理", "其他处理", "结转下年度", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "结果维持", "结果纠正",
            "尚未审结", "未经复议直接起诉", "复议后起诉", "行政事业性收费", "行政规范性文件"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七"};

    private ReportSignals() {
    }

    /** Points for one paragraph or cell of text (white space already removed). */
    static int score(String compact) {
        if (compact.isEmpty()) {
            return 0;
        }
        if (compact.length() <= MAX_HEADING && isNumberedHeading(compact)) {
            return HEADING;
        }
        if (compact.length() <= MAX_LABEL) {
            for (String label : LABELS) {
                if (compact.contains(label)) {
                    return LABEL;
                }
            }
        }
        return compact.contains("政府信息公开") || compact.contains("依申请公开") ? SUBJECT : 0;
    }

    /** "一、总体情况", "四．政府信息公开行政复议、行政诉讼情况", "（五）存在的主要问题及改进情况". */
    static boolean isNumberedHeading(String compact) {
        int at = numberEnd(compact);
        if (at < 0) {
            return false;
        }
        String rest = compact.substring(at);
        for (String word : HEADING_WORDS) {
            if (rest.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int numberEnd(String c) {
        for (String n : NUMERALS) {
            if (c.startsWith(n) && c.length() > n.length()) {
                char sep = c.charAt(n.length());
                if (sep == '、' || sep == '.' || sep == '．' || sep == '，' || sep == ' ') {
                    return n.length() + 1;
                }
            }
            if ((c.startsWith("（" + n + "）") || c.startsWith("(" + n + ")"))) {
                return n.length() + 2;
            }
        }
        return -1;
    }
}
