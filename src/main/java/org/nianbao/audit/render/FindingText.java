package org.nianbao.audit.render;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.finding.Finding;

/**
 * A finding's evidence in words a clerk can check without the tool: where it is (section, table row and
 * column by their template labels, line or page of the file) and the labels of the values it compares.
 * Every output format takes these texts from here, so the page, the spreadsheet and the JSON say the same.
 */
public final class FindingText {
    private FindingText() {
    }

    /**
     * "三、收到和处理政府信息公开申请情况，表二 （一）予以公开 行 · 总计 列，第67行": the parts that are known,
     * joined by "，"; empty when the finding is about the whole report.
     */
    public static String where(Finding f) {
        List<String> parts = new ArrayList<>(3);
        if (f.getSection() != null) {
            parts.add(RenderMessages.section(f.getSection()));
        }
        if (f.getTable() != null) {
            parts.add(TableLabels.place(f));
        }
        String at = RenderMessages.location(f.getLine(), f.getSpan());
        if (!at.isEmpty()) {
            parts.add(at);
        }
        return String.join("，", parts);
    }

    /** The table place and the line or page, without the section: "表一 行政事业性收费 行", "第1行". */
    public static String shortWhere(Finding f) {
        List<String> parts = new ArrayList<>(2);
        if (f.getTable() != null) {
            parts.add(TableLabels.place(f));
        }
        String at = RenderMessages.location(f.getLine(), f.getSpan());
        if (!at.isEmpty()) {
            parts.add(at);
        }
        return String.join("，", parts);
    }

    /** The cells an arithmetic or blank-cell finding lists, by their template labels, with their values. */
    public static List<String> cells(Finding f) {
        return TableLabels.cells(f);
    }

    /** The rule's name for the value the report gives; "报告填报" when the rule names none. */
    public static String reportedLabel(Finding f) {
        return f.getReportedLabel() == null ? RenderMessages.LABEL_REPORTED : f.getReportedLabel();
    }

    /** The rule's name for the value it expected; "应为" when the rule names none (never a made-up "计算结果"). */
    public static String expectedLabel(Finding f) {
        return f.getExpectedLabel() == null ? RenderMessages.LABEL_EXPECTED : f.getExpectedLabel();
    }

    /** The offending words of the quote (see {@link Highlights}). */
    public static List<String> highlights(Finding f) {
        return Highlights.of(f.getMessage(), f.getEvidence());
    }
}
