package org.nianbao.audit.parse.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.ColumnSpec;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * The three tables' own words, from the template catalogue: row and column labels, their groups and variants,
 * without their numbering. Crawled text runs tables into the prose on one line, so a table's repeated header
 * ("总计总计" from a cell spanning two columns) or its numbered rows ("（一）予以公开", "2.重复申请") must be
 * told from prose by the words themselves, not only by the table's lines.
 */
final class TableVocabulary {
    private static final Pattern NUMBERING = Pattern.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|\\d{1,2}\\.)");
    /** How much of a row label must follow a numbering for the numbering to be a table row's. */
    private static final int LABEL_PREFIX = 4;

    private final Set<String> words;
    /** Row label beginnings by their first character: a marker is followed by at most a couple of candidates. */
    private final Map<Character, List<String>> rowStarts;

    private TableVocabulary(Set<String> words, List<String> rowStarts) {
        this.words = Set.copyOf(words);
        Map<Character, List<String>> byFirst = new HashMap<>();
        rowStarts.forEach(start -> byFirst.computeIfAbsent(start.charAt(0), c -> new ArrayList<>()).add(start));
        this.rowStarts = Map.copyOf(byFirst);
    }

    /** The words of the rules' template: row, group and column labels and the header words (rules/template/). */
    static TableVocabulary of(TemplateCatalog template) {
        return build(template);
    }

    /** True when {@code word} (compact) is a whole label or header of a table, e.g. "总计", "行政诉讼". */
    boolean isTableWord(String word) {
        return words.contains(word);
    }

    /**
     * True when the text from {@code from} on (spaces and quotes skipped, width folded) begins like a numbered
     * row of table 2, e.g. "予以公开…" after "（一）" or "属于国家秘密…" after "1.".
     */
    boolean startsTableRow(String text, int from) {
        int first = from;
        while (first < text.length() && (FoldedText.at(text, first) == FoldedText.SPACE || FoldedText.at(text, first) == FoldedText.QUOTE)) {
            first++;
        }
        if (first >= text.length()) {
            return false;
        }
        List<String> candidates = rowStarts.get(FoldedText.at(text, first));
        if (candidates != null) {
            for (String start : candidates) {
                if (FoldedText.startsWith(text, first, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TableVocabulary build(TemplateCatalog template) {
        Set<String> words = new HashSet<>();
        Set<String> starts = new HashSet<>();
        for (TableKind kind : TableKind.values()) {
            template.headerWords(kind).forEach(h -> words.add(Normalizer.compact(h)));
        }
        for (TemplateVersion version : TemplateVersion.values()) {
            for (TableKind kind : TableKind.values()) {
                for (RowSpec row : template.rows(version, kind)) {
                    addLabel(row.label(), words, kind == TableKind.T2 ? starts : null);
                    row.variants().forEach(v -> addLabel(v, words, kind == TableKind.T2 ? starts : null));
                    if (row.group() != null) {
                        addLabel(row.group(), words, kind == TableKind.T2 ? starts : null);
                    }
                    for (ColumnSpec column : row.columns()) {
                        addLabel(column.label(), words, null);
                        column.variants().forEach(v -> addLabel(v, words, null));
                    }
                }
            }
        }
        List<String> rowStarts = new ArrayList<>(starts);
        rowStarts.sort(null);
        return new TableVocabulary(words, rowStarts);
    }

    private static void addLabel(String label, Set<String> words, Set<String> starts) {
        String bare = NUMBERING.matcher(Normalizer.compact(label)).replaceFirst("");
        if (bare.isEmpty()) {
            return;
        }
        words.add(bare);
        if (starts != null) {
            starts.add(bare.substring(0, Math.min(LABEL_PREFIX, bare.length())));
        }
    }
}
