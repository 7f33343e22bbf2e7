package org.nianbao.audit.cli.batch;

import java.util.Locale;

/** Chinese texts the batch runner writes into outputs. */
final class BatchMessages {
    private static final double MIB = 1 << 20;

    private BatchMessages() {
    }

    /** Reason of a report the pipeline failed on unexpectedly: never a pass, never a stopped batch. */
    static String internalError(Throwable e) {
        String detail = e.getMessage() == null ? "" : "：" + oneLine(e.getMessage());
        return "无法评估：处理该文件时发生内部错误" + detail;
    }

    /** The file would not fit in the memory of this run even on its own. */
    static String needsMoreMemory(long bytes, int needMib, int budgetMib) {
        return String.format(Locale.ROOT, "无法评估：文件 %.1f MB，审核时约需 %d MB 内存，超过本次运行可用的 %d MB；"
                + "请拆分文件，或用更大的 Java 堆（如 java -Xmx4g -jar …）重新审核", bytes / MIB, needMib, budgetMib);
    }

    static String outOfMemory(long bytes) {
        return String.format(Locale.ROOT, "无法评估：审核该文件（%.1f MB）时内存不足；其他文件照常审核。"
                + "请拆分文件，或用更大的 Java 堆（如 java -Xmx4g -jar …）重新审核", bytes / MIB);
    }

    static String outOfMemoryWriting() {
        return "无法评估：写出该报告的结果时内存不足；其他文件照常审核";
    }

    private static String oneLine(String s) {
        String flat = s.replace('\r', ' ').replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
