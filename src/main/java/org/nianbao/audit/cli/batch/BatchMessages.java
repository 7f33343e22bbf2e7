package org.nianbao.audit.cli.batch;

/** Chinese texts the batch runner writes into outputs. */
final class BatchMessages {
    private BatchMessages() {
    }

    /** Reason of a report the pipeline failed on unexpectedly: never a pass, never a stopped batch. */
    static String internalError(Throwable e) {
        String detail = e.getMessage() == null ? "" : "：" + e.getMessage();
        return "不可评估：处理该文件时发生内部错误（" + e.getClass().getSimpleName() + detail + "）";
    }
}
