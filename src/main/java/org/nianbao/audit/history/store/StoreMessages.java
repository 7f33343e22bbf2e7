package org.nianbao.audit.history.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** Chinese messages about the history store, each naming the file and what to do. */
final class StoreMessages {
    private StoreMessages() {
    }

    static String newer(Path file, int found, int supported) {
        return "历史库 " + file + " 的版本为 " + found + "，高于本程序支持的版本 " + supported
                + "：它由更新的程序写入，本次不读也不改动它。请使用新版程序，或用 --history 指定另一个文件。";
    }

    static String failed(Path file, String action, SQLException e) {
        String code = e.getMessage() == null ? "" : e.getMessage();
        if (code.contains("SQLITE_BUSY") || code.contains("SQLITE_LOCKED") || code.contains("database is locked")) {
            return "历史库 " + file + " 正被另一个程序占用（" + action + "时等待超时）：请等另一次审核结束后再试。";
        }
        if (code.contains("SQLITE_NOTADB") || code.contains("not a database") || code.contains("SQLITE_CORRUPT")
                || code.contains("malformed")) {
            return "历史库 " + file + " 已损坏或不是历史库文件（" + action + "时出错）：请用备份替换它，"
                    + "或用 --history 指定另一个文件。";
        }
        if (code.contains("SQLITE_READONLY") || code.contains("SQLITE_CANTOPEN") || code.contains("readonly")) {
            return "历史库 " + file + " 无法写入（" + action + "时出错）：请检查文件和所在文件夹的权限。";
        }
        return "历史库 " + file + " " + action + "时出错：" + code;
    }

    static String damagedRow(Path file, long id) {
        return "历史库 " + file + " 中第 " + id + " 条记录已损坏，已跳过。";
    }
}
