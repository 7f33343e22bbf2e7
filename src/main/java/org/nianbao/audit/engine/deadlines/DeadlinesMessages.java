package org.nianbao.audit.engine.deadlines;

/** Every Chinese text about rules/deadlines.properties, in one place. */
final class DeadlinesMessages {
    private DeadlinesMessages() {
    }

    static String unreadable(String why) {
        return "文件无法读取：" + why;
    }

    static String unknownKey(String key, String everywhere, String placed) {
        return "未知的键 " + key + "（可用的键：" + everywhere + "，或 " + placed + "<地区名>）";
    }

    static String noRegion(String key) {
        return "键 " + key + " 缺少地区名：写作 " + key + "<地区名>，如 " + key + "怀化市";
    }

    static String notADate(String key, String value) {
        return "键 " + key + " 的值“" + value + "”不是“月-日”形式的日期（如 02-20 表示次年2月20日）";
    }

    static String leapDay(String key) {
        return "键 " + key + " 的值不能是 02-29：平年没有这一天，请写 02-28 或 03-01";
    }

    static String duplicateKey(String key, int firstLine) {
        return "键 " + key + " 重复（第 " + firstLine + " 行已写过）：只会使用最后一个值，请删去多余的一行";
    }
}
