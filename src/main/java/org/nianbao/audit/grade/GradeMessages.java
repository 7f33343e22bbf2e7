package org.nianbao.audit.grade;

import java.util.ArrayList;
import java.util.List;

/** Every Chinese text of the grade package: policy-file errors and the one-line grade reasons. */
final class GradeMessages {
    private GradeMessages() {
    }

    static String missingFile(String file) {
        return "评分规则文件 " + file + " 不存在";
    }

    static String missingKey(String file, String key) {
        return "评分规则文件 " + file + "：缺少键 " + key;
    }

    static String notANumber(String file, String key, String value) {
        return "评分规则文件 " + file + "：键 " + key + " 的值“" + value + "”不是整数";
    }

    static String negative(String file, String key, int value) {
        return "评分规则文件 " + file + "：键 " + key + " 的值 " + value + " 不能为负数";
    }

    static String unknownGrade(String file, String key, String value) {
        return "评分规则文件 " + file + "：键 " + key + " 的值“" + value + "”不是已定义的等级（grade.<等级>.min）";
    }

    static String noGrades(String file) {
        return "评分规则文件 " + file + "：没有定义任何等级（grade.<等级>.min）";
    }

    static String uncoveredFloor(String file, int floor) {
        return "评分规则文件 " + file + "：没有最低分不高于 score.floor（" + floor + "）的等级，部分得分将无等级";
    }

    static String floorAboveMax(String file) {
        return "评分规则文件 " + file + "：score.floor 不能大于 score.max";
    }

    static String duplicateKey(String file, String key, int firstLine) {
        return "评分规则文件 " + file + "：键 " + key + " 重复（第 " + firstLine + " 行已写过），只会使用最后一个值；请删去多余的一行";
    }

    static String unknownKey(String file, String key) {
        return "评分规则文件 " + file + "：未知的键 " + key + "（可用的键：score.max、score.floor、weight.critical、"
                + "weight.error、weight.warning、weight.info、grade.<等级>.min、critical.cap）";
    }

    static String cutOffsNotFalling(String file, String grade, int min, String better, int betterMin) {
        return "评分规则文件 " + file + "：等级 " + grade + " 的最低分 " + min + " 不低于写在它前面的等级 " + better
                + " 的最低分 " + betterMin + "；等级须从高到低书写，最低分依次递减";
    }

    static String unreadable(String file, String why) {
        return "评分规则文件 " + file + " 无法读取：" + why;
    }

    /** "A：未发现错误或严重问题", "B：发现2项错误、3项警告", "D：发现1项严重问题（标题）". */
    static String graded(String grade, int critical, int errors, int warnings, String worstTitle) {
        if (critical == 0 && errors == 0) {
            return grade + "：未发现错误或严重问题" + (warnings > 0 ? "，有" + warnings + "项警告" : "");
        }
        List<String> parts = new ArrayList<>();
        if (critical > 0) {
            parts.add(critical + "项严重问题（" + worstTitle + "）");
        }
        if (errors > 0) {
            parts.add(errors + "项错误");
        }
        if (warnings > 0) {
            parts.add(warnings + "项警告");
        }
        return grade + "：发现" + String.join("、", parts);
    }

    /** The last finding kept of a rule that fired on more spots than a page lists. */
    static String moreOfTheSame(String message, int more) {
        return message + "（同一规则另有 " + more + " 处，未逐一列出）";
    }

    static String notAssessable(String why) {
        return "不可评估：" + why;
    }

    /** An input problem whose parser detail is empty still says which kind it is. */
    static String inputProblem(String detail, String code) {
        return detail == null || detail.isBlank() ? "输入不是可评估的年度报告（" + code + "）" : detail;
    }
}
