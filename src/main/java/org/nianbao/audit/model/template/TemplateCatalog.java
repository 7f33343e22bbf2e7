package org.nianbao.audit.model.template;

import static org.nianbao.audit.model.template.ColumnSpec.of;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TemplateVersion;

/**
 * The rows and columns of the three tables in both national formats, with exact labels in template
 * order (spec §a.4–a.6 for 〔2021〕30号, §b.3–b.5 for 〔2019〕60号) and the printed variants seen in real
 * reports. Labels here are the template's own characters (full-width brackets).
 */
public final class TemplateCatalog {
    private static final List<ColumnSpec> APPLICANTS = List.of(
            of("NP", "自然人", ValueKind.COUNT),
            of("BE", "商业企业", ValueKind.COUNT),
            of("RI", "科研机构", ValueKind.COUNT),
            of("SW", "社会公益组织", ValueKind.COUNT),
            of("LS", "法律服务机构", ValueKind.COUNT),
            of("OT", "其他", ValueKind.COUNT),
            of("TOT", "总计", ValueKind.COUNT, "合计"));

    private static final List<ColumnSpec> OUTCOMES = List.of(
            of("upheld", "结果维持", ValueKind.COUNT, "结果维护", "维持"),
            of("corrected", "结果纠正", ValueKind.COUNT, "纠正"),
            of("other", "其他结果", ValueKind.COUNT),
            of("pending", "尚未审结", ValueKind.COUNT, "未审结"),
            of("total", "总计", ValueKind.COUNT, "合计"));

    private static final List<RowSpec> T1_2021 = List.of(
            row(TableKind.T1, "reg", "规章", "第二十条第（一）项", List.of("规    章"), List.of(
                    of("made", "本年制发件数", ValueKind.COUNT, "本年发件", "本年制定", "制发件数"),
                    of("repealed", "本年废止件数", ValueKind.COUNT, "本年度止件数"),
                    of("valid", "现行有效件数", ValueKind.COUNT, "现行有效件"))),
            row(TableKind.T1, "norm", "行政规范性文件", "第二十条第（一）项", List.of("规范性文件", "规范性文件（本单位制发的）"), List.of(
                    of("made", "本年制发件数", ValueKind.COUNT, "本年发件", "本年制定", "制发件数"),
                    of("repealed", "本年废止件数", ValueKind.COUNT, "本年度止件数"),
                    of("valid", "现行有效件数", ValueKind.COUNT, "现行有效件"))),
            row(TableKind.T1, "license", "行政许可", "第二十条第（五）项", List.of(), List.of(
                    of("decisions", "本年处理决定数量", ValueKind.COUNT))),
            row(TableKind.T1, "penalty", "行政处罚", "第二十条第（六）项", List.of(), List.of(
                    of("decisions", "本年处理决定数量", ValueKind.COUNT))),
            row(TableKind.T1, "coercion", "行政强制", "第二十条第（六）项", List.of(), List.of(
                    of("decisions", "本年处理决定数量", ValueKind.COUNT))),
            row(TableKind.T1, "fee", "行政事业性收费", "第二十条第（八）项", List.of(), List.of(
                    of("amount_wan", "本年收费金额（单位：万元）", ValueKind.AMOUNT_WAN,
                            "本年收费金额（万元）", "本年收费金额", "收费金额", "收费总金额"))));

    private static final List<ColumnSpec> ITEMS_2019 = List.of(
            of("prev_items", "上一年项目数量", ValueKind.COUNT),
            of("delta", "本年增/减", ValueKind.SIGNED_COUNT, "本年增减"),
            of("decisions", "处理决定数量", ValueKind.COUNT));

    private static final List<ColumnSpec> DOCS_2019 = List.of(
            of("new_made", "本年新制作数量", ValueKind.COUNT),
            of("new_public", "本年新公开数量", ValueKind.COUNT),
            of("total_public", "对外公开总数量", ValueKind.COUNT));

    private static final List<RowSpec> T1_2019 = List.of(
            row(TableKind.T1, "reg", "规章", "第二十条第（一）项", List.of(), DOCS_2019),
            row(TableKind.T1, "norm", "规范性文件", "第二十条第（一）项", List.of("行政规范性文件", "规范性文件（本单位制发的）"), DOCS_2019),
            row(TableKind.T1, "license", "行政许可", "第二十条第（五）项", List.of(), ITEMS_2019),
            row(TableKind.T1, "other_service", "其他对外管理服务事项", "第二十条第（五）项", List.of(), ITEMS_2019),
            row(TableKind.T1, "penalty", "行政处罚", "第二十条第（六）项", List.of(), ITEMS_2019),
            row(TableKind.T1, "coercion", "行政强制", "第二十条第（六）项", List.of(), ITEMS_2019),
            row(TableKind.T1, "fee", "行政事业性收费", "第二十条第（八）项", List.of(), ITEMS_2019.subList(0, 2)),
            row(TableKind.T1, "procurement", "政府集中采购", "第二十条第（九）项", List.of(), List.of(
                    of("items", "采购项目数量", ValueKind.COUNT),
                    of("amount", "采购总金额", ValueKind.AMOUNT))));

    private static final List<RowSpec> T3_ALL = List.of(
            row(TableKind.T3, "RV", "行政复议", "行政复议", List.of(), OUTCOMES),
            row(TableKind.T3, "LD", "未经复议直接起诉", "行政诉讼", List.of("未经复议直接诉讼"), OUTCOMES),
            row(TableKind.T3, "LR", "复议后起诉", "行政诉讼", List.of("复议后诉讼"), OUTCOMES));

    private static final List<RowSpec> T2_2021 = table2(true);
    private static final List<RowSpec> T2_2019 = table2(false);

    private TemplateCatalog() {
    }

    /** The rows of {@code table} in {@code version}, in template order. */
    public static List<RowSpec> rows(TemplateVersion version, TableKind table) {
        return switch (table) {
            case T1 -> version == TemplateVersion.V2019 ? T1_2019 : T1_2021;
            case T2 -> version == TemplateVersion.V2019 ? T2_2019 : T2_2021;
            case T3 -> T3_ALL;
        };
    }

    public static List<ColumnSpec> applicantColumns() {
        return APPLICANTS;
    }

    public static List<ColumnSpec> outcomeColumns() {
        return OUTCOMES;
    }

    /**
     * Labels that only one version's table 1 uses (spec §b.7 detection heuristics): 2019 first, then 2021.
     * Normalised form (NFKC, no whitespace) is applied by the caller before comparing.
     */
    public static List<String> markers(TemplateVersion version) {
        return version == TemplateVersion.V2019
                ? List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "第二十条第（九）项", "政府集中采购", "上一年项目数量", "采购项目数量")
                : List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "逾期未按收费通知要求缴纳费用");
    }

    private static List<RowSpec> table2(boolean v2021) {
        List<RowSpec> rows = new ArrayList<>();
        rows.add(t2("R1", "一、本年新收政府信息公开申请数量", null));
        rows.add(t2("R2", "二、上年结转政府信息公开申请数量", null));
        String result = "三、本年度办理结果";
        rows.add(t2("R3_1", "（一）予以公开", result));
        rows.add(t2("R3_2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", result,
                "（二）部分公开（区分处理的，只记这一情形，不记其他情形）", "（二）部分公开"));
        String refuse = "（三）不予公开";
        rows.add(t2("R3_3_1", "1.属于国家秘密", refuse));
        rows.add(t2("R3_3_2", "2.其他法律行政法规禁止公开", refuse));
        rows.add(t2("R3_3_3", "3.危及“三安全一稳定”", refuse, "3.危及三安全一稳定"));
        rows.add(t2("R3_3_4", "4.保护第三方合法权益", refuse));
        rows.add(t2("R3_3_5", "5.属于三类内部事务信息", refuse));
        rows.add(t2("R3_3_6", "6.属于四类过程性信息", refuse));
        rows.add(t2("R3_3_7", "7.属于行政执法案卷", refuse));
        rows.add(t2("R3_3_8", "8.属于行政查询事项", refuse));
        String unable = "（四）无法提供";
        rows.add(t2("R3_4_1", "1.本机关不掌握相关政府信息", unable));
        rows.add(t2("R3_4_2", "2.没有现成信息需要另行制作", unable));
        rows.add(t2("R3_4_3", "3.补正后申请内容仍不明确", unable));
        String reject = "（五）不予处理";
        rows.add(t2("R3_5_1", "1.信访举报投诉类申请", reject, "1.信访投诉举报类申请"));
        rows.add(t2("R3_5_2", "2.重复申请", reject));
        rows.add(t2("R3_5_3", "3.要求提供公开出版物", reject));
        rows.add(t2("R3_5_4", "4.无正当理由大量反复申请", reject));
        rows.add(t2("R3_5_5", "5.要求行政机关确认或重新出具已获取信息", reject));
        if (v2021) {
            String other = "（六）其他处理";
            rows.add(t2("R3_6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", other));
            rows.add(t2("R3_6_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", other));
            rows.add(t2("R3_6_3", "3.其他", other));
        } else {
            rows.add(t2("R3_6", "（六）其他处理", result));
        }
        rows.add(t2("R3_7", "（七）总计", result));
        rows.add(t2("R4", "四、结转下年度继续办理", null));
        return List.copyOf(rows);
    }

    private static RowSpec t2(String key, String label, String group, String... variants) {
        return new RowSpec(TableKind.T2, key, label, group, List.of(variants), APPLICANTS);
    }

    private static RowSpec row(TableKind table, String key, String label, String group, List<String> variants,
                               List<ColumnSpec> columns) {
        return new RowSpec(table, key, label, group, variants, columns);
    }
}
