package org.nianbao.audit.ingest.docx;

import static org.nianbao.audit.ingest.docx.WordTableXml.c;
import static org.nianbao.audit.ingest.docx.WordTableXml.concat;
import static org.nianbao.audit.ingest.docx.WordTableXml.cont;
import static org.nianbao.audit.ingest.docx.WordTableXml.values;
import static org.nianbao.audit.ingest.docx.WordTableXml.vertical;

/**
 * Test data: the three statistics tables of both templates as agencies' Word templates draw them, filled with
 * the values of fixtures/layouts (README.md there). Table 2: the 勾稽关系 note over 3×3 cells, "三、本年度办理结果"
 * typed vertically and merged down over its 22 (2019: 20) rows, （三）不予公开 over its 8 rows; table 3: 行政复议
 * over 5 columns and 行政诉讼 over 10, its five 复议 headers merged over two rows.
 */
final class ReportTables {
    private static final int WIDTH = 9000;
    private static final String[] APPLICANT_HEAD = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};

    private ReportTables() {
    }

    static String table1of2021() {
        WordTableXml t = new WordTableXml(4, WIDTH);
        t.row(c("第二十条第（一）项").span(4));
        t.row(c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数"));
        t.row(concat(c("规章"), values("1", "0", "2")));
        t.row(concat(c("行政规范性文件"), values("3", "1", "12")));
        t.row(c("第二十条第（五）项").span(4));
        t.row(c("信息内容"), c("本年处理决定数量").span(3));
        t.row(c("行政许可"), c("22").span(3));
        t.row(c("第二十条第（六）项").span(4));
        t.row(c("信息内容"), c("本年处理决定数量").span(3));
        t.row(c("行政处罚"), c("5").span(3));
        t.row(c("行政强制"), c("1").span(3));
        t.row(c("第二十条第（八）项").span(4));
        t.row(c("信息内容"), c("本年收费金额（单位：万元）").span(3));
        t.row(c("行政事业性收费"), c("1.25").span(3));
        return t.xml();
    }

    static String table1of2019() {
        WordTableXml t = new WordTableXml(4, WIDTH);
        t.row(c("第二十条第（一）项").span(4));
        t.row(c("信息内容"), c("本年新", "制作数量"), c("本年新", "公开数量"), c("对外公开", "总数量"));
        t.row(concat(c("规章"), values("1", "1", "2")));
        t.row(concat(c("规范性文件"), values("3", "3", "12")));
        t.row(c("第二十条第（五）项").span(4));
        t.row(c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量"));
        t.row(concat(c("行政许可"), values("10", "+2", "22")));
        t.row(concat(c("其他对外管理服务事项"), values("4", "0", "6")));
        t.row(c("第二十条第（六）项").span(4));
        t.row(c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量"));
        t.row(concat(c("行政处罚"), values("3", "-1", "5")));
        t.row(concat(c("行政强制"), values("2", "0", "1")));
        t.row(c("第二十条第（八）项").span(4));
        t.row(c("信息内容"), c("上一年项目数量"), c("本年增/减").span(2));
        t.row(c("行政事业性收费"), c("1"), c("0").span(2));
        t.row(c("第二十条第（九）项").span(4));
        t.row(c("信息内容"), c("采购项目数量"), c("采购总金额").span(2));
        t.row(c("政府集中采购"), c("3"), c("25.1").span(2));
        return t.xml();
    }

    static String table2(boolean of2021) {
        WordTableXml t = new WordTableXml(10, WIDTH);
        t.row(c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").span(3).restart(),
                c("申请人情况").span(7));
        t.row(cont(3), c("自然人").restart(), c("法人或其他组织").span(5), c("总计").restart());
        t.row(concat(concat(new WordTableXml.Cell[] {cont(3), cont(1)}, values(APPLICANT_HEAD)), cont(1)));
        t.row(concat(c("一、本年新收政府信息公开申请数量").span(3), values("12", "3", "1", "0", "1", "0", "17")));
        t.row(concat(c("二、上年结转政府信息公开申请数量").span(3), values("2", "0", "0", "0", "0", "1", "3")));
        t.row(concat(new WordTableXml.Cell[] {vertical("三、本年度办理结果").restart(), c("（一）予以公开").span(2)},
                values("6", "1", "1", "0", "0", "0", "8")));
        t.row(concat(new WordTableXml.Cell[] {cont(1), c("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").span(2)},
                values("2", "0", "0", "0", "1", "0", "3")));
        group(t, "（三）不予公开", new String[] {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
            "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"},
                new String[][] {zeros(), zeros(), zeros(), {"1", "0", "0", "0", "0", "0", "1"}, zeros(),
                    {"0", "1", "0", "0", "0", "0", "1"}, zeros(), zeros()});
        group(t, "（四）无法提供", new String[] {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"},
                new String[][] {{"2", "0", "0", "0", "0", "1", "3"}, zeros(), zeros()});
        group(t, "（五）不予处理", new String[] {"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息"},
                new String[][] {zeros(), {"1", "0", "0", "0", "0", "0", "1"}, zeros(), zeros(), zeros()});
        String[] other = {"1", "0", "0", "0", "0", "0", "1"};
        if (of2021) {
            group(t, "（六）其他处理", new String[] {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"},
                    new String[][] {other, zeros(), zeros()});
        } else {
            t.row(concat(new WordTableXml.Cell[] {cont(1), c("（六）其他处理").span(2)}, values(other)));
        }
        t.row(concat(new WordTableXml.Cell[] {cont(1), c("（七）总计").span(2)}, values("13", "2", "1", "0", "1", "1", "18")));
        t.row(concat(c("四、结转下年度继续办理").span(3), values("1", "1", "0", "0", "0", "0", "2")));
        return t.xml();
    }

    private static void group(WordTableXml t, String head, String[] items, String[][] rows) {
        for (int i = 0; i < items.length; i++) {
            WordTableXml.Cell groupCell = i == 0 ? c(head).restart() : cont(1);
            t.row(concat(new WordTableXml.Cell[] {cont(1), groupCell, c(items[i])}, values(rows[i])));
        }
    }

    static String table3() {
        WordTableXml t = new WordTableXml(15, WIDTH);
        t.row(c("行政复议").span(5), c("行政诉讼").span(10));
        String[] results = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        WordTableXml.Cell[] second = new WordTableXml.Cell[7];
        for (int i = 0; i < 5; i++) {
            second[i] = (i == 3 ? c("尚未", "审结") : c(results[i])).restart();
        }
        second[5] = c("未经复议直接起诉").span(5);
        second[6] = c("复议后起诉").span(5);
        t.row(second);
        WordTableXml.Cell[] third = new WordTableXml.Cell[15];
        for (int i = 0; i < 5; i++) {
            third[i] = cont(1);
            third[5 + i] = c(results[i]);
            third[10 + i] = c(results[i]);
        }
        t.row(third);
        t.row(values("2", "1", "0", "1", "4", "1", "0", "0", "0", "1", "0", "1", "0", "0", "1"));
        return t.xml();
    }

    private static String[] zeros() {
        return new String[] {"0", "0", "0", "0", "0", "0", "0"};
    }
}
