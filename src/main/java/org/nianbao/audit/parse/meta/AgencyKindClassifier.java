package org.nianbao.audit.parse.meta;

import org.nianbao.audit.model.AgencyKind;

/**
 * Classifies the publisher by its name (spec D1 META-TYPE, §i): 乡镇/街道 first, then functional zones
 * and mass organisations (OTHER), then 县级以上人民政府 (name ends in 人民政府/政府), then departments —
 * 人民政府办公室/办公厅 included — by their usual endings (局, 委, 办, 厅, 中心 …).
 */
final class AgencyKindClassifier {
    private static final String[] TOWNSHIP_ENDINGS = {"街道办事处", "街道办", "街道", "镇人民政府", "乡人民政府",
            "镇政府", "乡政府", "苏木人民政府"};
    private static final String[] OTHER_MARKERS = {"开发区", "高新区", "高新技术产业", "新区", "园区", "保税区", "自贸区",
            "自由贸易试验区", "示范区", "管委会", "管理委员会", "人民银行", "残联", "残疾人联合会", "妇联", "妇女联合会",
            "供销合作社", "供销社", "总工会", "红十字会", "信访"};
    private static final String[] GOVERNMENT_ENDINGS = {"人民政府", "政府"};
    private static final String[] DEPARTMENT_ENDINGS = {"局", "委", "委员会", "办", "办公室", "办公厅", "厅", "中心", "署",
            "部", "站", "所", "队", "处", "院", "馆", "会"};

    private AgencyKindClassifier() {
    }

    static AgencyKind classify(String agency) {
        if (agency == null || agency.isEmpty()) {
            return AgencyKind.OTHER;
        }
        if (endsWithAny(agency, TOWNSHIP_ENDINGS)) {
            return AgencyKind.TOWNSHIP;
        }
        if (containsAny(agency, OTHER_MARKERS)) {
            return AgencyKind.OTHER;
        }
        if (endsWithAny(agency, GOVERNMENT_ENDINGS)) {
            return AgencyKind.PEOPLES_GOVERNMENT;
        }
        if (endsWithAny(agency, DEPARTMENT_ENDINGS)) {
            return AgencyKind.DEPARTMENT;
        }
        return AgencyKind.OTHER;
    }

    private static boolean endsWithAny(String s, String[] endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String[] markers) {
        for (String m : markers) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
