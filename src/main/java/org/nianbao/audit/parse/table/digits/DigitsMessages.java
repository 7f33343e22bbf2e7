package org.nianbao.audit.parse.table.digits;

import java.util.ArrayList;
import java.util.List;

/** Every Chinese text the digit solver writes: identities, reasons for a reading, reasons for none. */
public final class DigitsMessages {
    /** Alternatives quoted in a message; the reading keeps more. */
    static final int SHOWN = 4;

    private DigitsMessages() {
    }

    static String rowTotal(String rowLabel) {
        return "「" + rowLabel + "」行总计＝各分项之和";
    }

    static String outcomeTotal(String columnLabel) {
        return "「" + columnLabel + "」列（七）总计＝各项办理结果之和";
    }

    static String balance(String columnLabel) {
        return "「" + columnLabel + "」列勾稽关系（第一项加第二项之和等于第三项加第四项之和）";
    }

    static String forced(int digits, int cells) {
        return digits == cells ? "共" + cells + "位数字、" + cells + "格，只有这一种分法" : "按位数和数字格式只有这一种分法";
    }

    static String byOwnTotal() {
        return "只有这一种分法满足本行总计＝各分项之和";
    }

    static String byGroupTotals() {
        return "只有这一种分法使各组总计＝各分项之和";
    }

    static String byForm() {
        return "按位数和数字格式这一行只有这一种分法";
    }

    static String byTable(int ownReadings) {
        return "满足本行总计的分法有" + ownReadings + "种，结合表内各列关系（（七）总计＝各项办理结果之和、第一项加第二项之和等于第三项加"
                + "第四项之和）只有这一种成立";
    }

    static String byRemainingTotals() {
        return "满足其余总计的分法只有这一种";
    }

    static String noReadingKeeps(List<String> identities) {
        return "任何分法都不满足" + String.join("、", identities);
    }

    static String byColumns() {
        return "按表内各列关系只有这一种分法成立";
    }

    static String allButOne(List<String> broken) {
        return "表内算术关系无论怎样分都不能全部成立；除" + String.join("、", broken) + "外其余关系都成立的读法只有这一种";
    }

    static String byNarrative(int readings, boolean identities, List<String> quotes) {
        List<String> q = new ArrayList<>();
        for (String s : quotes) {
            q.add("“" + s + "”");
        }
        return (identities ? "符合表内算术关系的分法有" : "可能的分法有") + readings + "种，正文" + String.join("、", q) + "只与这一种相符";
    }

    static String ownTotalOnly() {
        return "只有这一种分法满足本行总计＝各分项之和（表内各列关系不能同时成立，未用于选择）";
    }

    static String wholeUnit(String split) {
        return "全行读作" + split;
    }

    static String ambiguous(int count, List<List<String>> shown, boolean identities, boolean allButOne, boolean ownOnly) {
        String lead;
        if (allButOne) {
            lead = "表内算术关系不能全部成立，除一处外都成立的读法有" + count + "种";
        } else if (ownOnly) {
            lead = "表内算术关系不能同时成立，可能的分法有" + count + "种";
        } else if (identities) {
            lead = "符合表内算术关系的分法有" + count + "种";
        } else {
            lead = "可能的分法有" + count + "种，本表没有可据以区分的算术关系";
        }
        return lead + "：" + list(shown, count) + "，无法确定，未读取";
    }

    static String tooMany() {
        return "可能的分法过多，无法逐一核对，未读取";
    }

    static String tooManyNoneAddsUp() {
        return "没有一种分法满足本行总计＝各分项之和，可能的分法又过多，无法逐一核对，未读取";
    }

    static String unsplittable(int cells) {
        return "无法按数字格式分成" + cells + "格，未读取";
    }

    static String fewer(int capacity, int cells) {
        return "只有" + capacity + "个数值位，少于" + cells + "格，不是数字粘连";
    }

    /** "2|1|35、21|3|5、2|13|5" and "等" when more exist than are shown. */
    static String list(List<List<String>> readings, int count) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, readings.size()); i++) {
            shown.add(String.join("|", readings.get(i)));
        }
        return String.join("、", shown) + (count > shown.size() ? "等" : "");
    }
}
