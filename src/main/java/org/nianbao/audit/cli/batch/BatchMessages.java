package org.nianbao.audit.cli.batch;

import java.util.Locale;

/** Chinese texts the batch runner writes into outputs. */
final class BatchMessages {
    private static final double MIB = 1 << 20;

    private BatchMessages() {
    }

    /**
     * Reason of a report the pipeline failed on unexpectedly: never a pass, never a stopped batch. The Java
     * detail is not for the office that reads the outputs; {@code --verbose} prints it on the console.
     */
    static String internalError() {
        return "不可评估：处理该文件时程序遇到意外情况，未能审核（加 --verbose 重新运行可看到原因，请交给维护人员）";
    }

    /** The file would not fit in the memory of this run even on its own. */
    static String needsMoreMemory(long bytes, int needMib, int budgetMib) {
        return String.format(Locale.ROOT, "不可评估：文件 %.1f MB，审核时约需 %d MB 内存，超过本次运行可用的 %d MB；"
                + "请拆分文件，或用更大的 Java 堆（如 java -Xmx4g -jar …）重新审核", bytes / MIB, needMib, budgetMib);
    }

    static String outOfMemory(long bytes) {
        return String.format(Locale.ROOT, "不可评估：审核该文件（%.1f MB）时内存不足；其他文件照常审核。"
                + "请拆分文件，或用更大的 Java 堆（如 java -Xmx4g -jar …）重新审核", bytes / MIB);
    }

    static String outOfMemoryWriting() {
        return "不可评估：写出该报告的结果时内存不足；其他文件照常审核";
    }

    /** The batch's own history could not start (its scratch file in the output folder). */
    static String historyUnavailable(java.io.IOException e) {
        return "历史比对未能启动（" + e.getMessage() + "）：本次审核不做跨年度和跨机关的比对，其余照常。";
    }
}
