package org.nianbao.audit.cli.batch;

/** Chinese texts the batch runner writes into outputs. */
final class BatchMessages {
    private BatchMessages() {
    }

    /**
     * Reason of a report the pipeline failed on unexpectedly: never a pass, never a stopped batch. The Java
     * detail is not for the office that reads the outputs; {@code --verbose} prints it on the console.
     */
    static String internalError() {
        return "不可评估：处理该文件时程序遇到意外情况，未能审核（加 --verbose 重新运行可看到原因，请交给维护人员）";
    }

    /** The batch's own history could not start (its scratch file in the output folder). */
    static String historyUnavailable(java.io.IOException e) {
        return "历史比对未能启动（" + e.getMessage() + "）：本次审核不做跨年度和跨机关的比对，其余照常。";
    }
}
