package org.nianbao.audit.parse.table;

import java.util.List;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

/** Every Chinese problem detail the table parser writes, in one place. */
final class TableMessages {
    private TableMessages() {
    }

    /** A cell printed beyond the template's columns, named by its position. */
    static String extraColumn(int position) {
        return "第" + position + "列（模板之外）";
    }

    static String tableName(TableKind kind) {
        return switch (kind) {
            case T1 -> "表一（" + kind.title() + "）";
            case T2 -> "表二（" + kind.title() + "）";
            case T3 -> "表三（" + kind.title() + "）";
        };
    }

    /** @param unreadableGapLine first line of blank lines inside the row that may hide blank cells, or 0 */
    static String cellCount(int expected, int actual, int strayEmptyFields, int unreadableGapLine) {
        StringBuilder s = new StringBuilder("该行应有").append(expected).append("个数值，实际").append(actual).append("个");
        if (actual < expected) {
            s.append("；已按从左到右对应前").append(actual).append("列，列的对应关系为推测");
        } else {
            s.append("；多出的单元格按原样保留");
        }
        if (strayEmptyFields > 0) {
            s.append("；另有").append(strayEmptyFields).append("个空白字段位于标签旁或行末，无法确定是空白单元格还是版式残留，未计入");
        }
        if (unreadableGapLine > 0) {
            s.append("；第").append(unreadableGapLine).append("行起的空行无法按本表的版式确定其中有几个空白单元格，未计入");
        }
        return s.toString();
    }

    static String unseparated(int expected, String evidence) {
        return "数字粘连，无法分开单元格（该行应有" + expected + "个数值，打印为“" + evidence + "”）；未推测数值，只保留能确定的单元格";
    }

    /** A glued row the table's arithmetic leaves several readings for; {@code reasoning} lists them. */
    static String ambiguous(int expected, String printed, String reasoning) {
        return "数字粘连（该行应有" + expected + "个数值，打印为“" + printed + "”）：" + reasoning + "；这些单元格不作核对";
    }

    static String rowMissing(String canonicalLabel) {
        return "未找到模板行“" + canonicalLabel + "”";
    }

    static String tableMissing(TableKind kind) {
        return "未找到" + tableName(kind);
    }

    static String tableUnread(TableKind kind, int line, String printed) {
        return "第" + line + "行印有" + tableName(kind) + "的标签（“" + excerpt(printed) + "”），但未能读出该表";
    }

    static String rowUnread(String canonicalLabel, int line) {
        return "模板行“" + canonicalLabel + "”的标签印在第" + line + "行，但未能读出该行的数值";
    }

    private static String excerpt(String printed) {
        String s = printed.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static String truncated(TableKind kind, String lastLabel, int unreadRows) {
        return "文档在" + tableName(kind) + "中途结束（最后读到“" + lastLabel + "”），其后" + unreadRows + "个模板行未能读取";
    }

    static String ambiguousLabel(String found, List<String> candidates) {
        return "行标签“" + found + "”与多个模板行同样接近（" + String.join("、", candidates) + "），未采用";
    }

    static String orphanValues(String after, int count, String values) {
        String where = after.isEmpty() ? "" : "“" + after + "”之后";
        return where + "有" + count + "个数值无法对应到任何模板行（" + values + "），未采用";
    }

    static String duplicateRow(String canonicalLabel, int firstLine) {
        return "模板行“" + canonicalLabel + "”再次出现，已采用第" + firstLine + "行的那一次";
    }

    static String templateConflict(TemplateVersion table1, TemplateVersion table2) {
        return "表一的标签显示" + table1.label() + "版格式，表二的标签显示" + table2.label() + "版格式，以表一为准";
    }

    static String templateMixed() {
        return "表一同时出现2019版和2021版格式的标签，无法判断格式版本";
    }
}
