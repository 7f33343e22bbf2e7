package org.nianbao.audit.engine.history;

/** Chinese messages of the batch history. */
final class HistoryEngineMessages {
    private HistoryEngineMessages() {
    }

    static String withoutStore() {
        return "本次审核不使用该历史库（同一批次中的其他年度报告仍参与比对），结果也不写入该历史库。";
    }
}
