package org.nianbao.audit.render;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditStatus;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.model.finding.Severity;

/** Audits for renderer tests, including the hostile evidence contaminated pages carry. */
public final class SampleAudits {
    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"点击\")";

    private SampleAudits() {
    }

    public static Finding contamination() {
        return Finding.builder().rule("CONTAM-SPAM").category(Category.CONTAMINATION).severity(Severity.CRITICAL)
                .title("网页被植入赌博类垃圾信息").message("正文含有赌博类垃圾信息“最新老虎机”")
                .basis("《中华人民共和国政府信息公开条例》第六条").evidence("最新老虎机" + SCRIPT).line(12).section(0).build();
    }

    public static Finding arithmetic() {
        return Finding.builder().rule("ARITH-T2-TOTAL").category(Category.ARITHMETIC).severity(Severity.ERROR)
                .title("表二总计与各列之和不符").message("总计填报12，各列之和为11").basis("表二勾稽关系")
                .evidence(FORMULA).line(80).section(3).table("T2").row("R1").column("TOT")
                .rowLabel("一、本年新收政府信息公开申请数量").columnLabel("总计")
                .reported("12").expected("11").cells(List.of("T2.R1.NP=5", "T2.R1.LP=6"))
                .cellLabels(List.of("一、本年新收政府信息公开申请数量 · 自然人", "一、本年新收政府信息公开申请数量 · LP"))
                .reportedLabel("表中总计").expectedLabel("计算结果（各列之和）").build();
    }

    /** SPAM-KW at {@code line}: the message quotes the terms in 「」, as the shipped rule does. */
    public static Finding spam(int line, String quote) {
        return Finding.builder().rule("SPAM-KW").category(Category.CONTAMINATION).severity(Severity.CRITICAL)
                .title("网页被植入赌博类垃圾信息").message("第" + line + "行含赌博、色情或推广类垃圾信息「即时比分网、老虎机」")
                .basis("《政府网站与政务新媒体检查指标》").evidence(quote).line(line).section(0).mergeGroup("injected-spam").build();
    }

    public static Finding extraction() {
        return Finding.builder().rule("EXTRACT-GLUED").category(Category.TABLE).severity(Severity.WARNING)
                .origin(Origin.EXTRACTION).title("数字粘连无法分列").message("第90行数字粘连")
                .basis("—").evidence("1234").line(90).section(3).build();
    }

    public static Audit graded(String source, String agency, int year, List<Finding> findings) {
        return new Audit(source, agency, year, "2021", LocalDate.of(2023, 1, 20), AuditStatus.GRADED, 47, "D",
                "D：发现1项严重问题（网页被植入赌博类垃圾信息）", findings);
    }

    public static Audit hostile() {
        return graded("in/003.txt", "某某县人民政府" + SCRIPT, 2022, List.of(arithmetic(), contamination(), extraction()));
    }

    public static Audit notAssessable(String source) {
        return new Audit(source, null, null, null, null, AuditStatus.NOT_ASSESSABLE, null, null,
                "不可评估：文件为空", List.of());
    }
}
