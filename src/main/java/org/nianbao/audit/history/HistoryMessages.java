package org.nianbao.audit.history;

/** Chinese texts of the history features: likeness reasons, store problems, notes for the reader. */
public final class HistoryMessages {
    private HistoryMessages() {
    }

    static String reasonPilotZone() {
        return "名称只差“实验区”与“区”";
    }

    static String reasonPlacePrefix(String prefix) {
        return "一个名称多了上级地名“" + prefix + "”";
    }

    static String reasonOneCharacter() {
        return "名称只差一个字";
    }
}
