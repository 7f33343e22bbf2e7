package org.nianbao.audit.parse.table.digits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Finds, in narrative text, the sentences that state the number of one table cell in so many words:
 * "现行有效行政规范性文件546件", "新制发规范性文件3件", "作出行政处罚决定784起", "发布采购信息197批次涉及金额3601627.4元",
 * "共收到政府信息公开申请14件". Only these exact phrasings count: a number that merely sits near a row's name
 * ("行政许可77条" in a list of published items) is not a statement of the cell. Each clause (up to a comma, 顿号 or
 * full stop) is matched on its compact form (NFKC, no spaces); the quote is the clause as printed.
 */
public final class NarrativeHintFinder {
    private static final String COUNT = "(?:共计|共|合计|为|达)?(\\d+)";
    private static final String PIECES = "(?:件|个|份)";
    private static final String DECISIONS = "(?:件|个|份|起|项)";

    private record Phrase(Pattern pattern, String requires, String forbids, String row, String... columns) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("(?:新)?(?:制发|制定|出台)(?:了)?(?:的)?行政规范性文件" + COUNT + PIECES, null, null, "norm", "made", "new_made"),
            phrase("(?:新)?(?:制发|制定|出台)(?:了)?(?:的)?规范性文件" + COUNT + PIECES, null, "行政规范性", "norm", "made", "new_made"),
            phrase("废止(?:了)?(?:的)?(?:行政)?规范性文件" + COUNT + PIECES, null, null, "norm", "repealed"),
            phrase("现行有效(?:的)?(?:行政)?规范性文件" + COUNT + PIECES, null, null, "norm", "valid"),
            phrase("(?:行政)?规范性文件现行有效(?:的)?" + COUNT + PIECES, null, null, "norm", "valid"),
            phrase("(?:新)?(?:制发|制定)(?:了)?(?:的)?规章" + COUNT + PIECES, null, null, "reg", "made", "new_made"),
            phrase("废止(?:了)?(?:的)?规章" + COUNT + PIECES, null, null, "reg", "repealed"),
            phrase("现行有效(?:的)?规章" + COUNT + PIECES, null, null, "reg", "valid"),
            phrase("行政许可决定(?:书)?" + COUNT + DECISIONS, null, null, "license", "decisions"),
            phrase("行政处罚决定(?:书)?" + COUNT + DECISIONS, null, null, "penalty", "decisions"),
            phrase("行政强制(?:措施)?决定(?:书)?" + COUNT + DECISIONS, null, null, "coercion", "decisions"),
            phrase("采购(?:信息|项目)?" + COUNT + "(?:批次|批|项|个|笔|次)", null, null, "procurement", "items"),
            phrase("金额" + "(?:共计|共|合计|为|达)?(\\d+(?:\\.\\d+)?)元", "采购", null, "procurement", "amount"),
            phrase("收费(?:金额)?" + "(?:共计|共|合计|为|达)?(\\d+(?:\\.\\d+)?)万元", "行政事业性收费", null, "fee", "amount_wan"));

    /** Table 2's 本年新收 total: "共收到…申请N件", not when the clause speaks of carried-over applications. */
    private static final Pattern RECEIVED = Pattern.compile("收到[^0-9]{0,24}?申请" + COUNT + "件");

    private NarrativeHintFinder() {
    }

    private static Phrase phrase(String regex, String requires, String forbids, String row, String... columns) {
        return new Phrase(Pattern.compile(regex), requires, forbids, row, columns);
    }

    /** The hints stated in one text (a line or a paragraph) printed at {@code line}. */
    public static List<NarrativeHints.Hint> find(String text, int line) {
        List<NarrativeHints.Hint> out = new ArrayList<>();
        for (String clause : clauses(text)) {
            String compact = Normalizer.compact(clause);
            if (compact.isEmpty()) {
                continue;
            }
            for (Phrase p : PHRASES) {
                if ((p.requires() != null && !compact.contains(p.requires()))
                        || (p.forbids() != null && compact.contains(p.forbids()))) {
                    continue;
                }
                Matcher m = p.pattern().matcher(compact);
                while (m.find()) {
                    for (String column : p.columns()) {
                        out.add(new NarrativeHints.Hint(TableKind.T1, p.row(), column, new BigDecimal(m.group(1)),
                                clause.strip(), line));
                    }
                }
            }
            Matcher received = RECEIVED.matcher(compact);
            if (!compact.contains("结转") && received.find()) {
                out.add(new NarrativeHints.Hint(TableKind.T2, "R1", "TOT", new BigDecimal(received.group(1)),
                        clause.strip(), line));
            }
        }
        return out;
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isClauseEnd(text.charAt(i))) {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isClauseEnd(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '、' || c == '！' || c == '？'
                || c == '\n';
    }
}
