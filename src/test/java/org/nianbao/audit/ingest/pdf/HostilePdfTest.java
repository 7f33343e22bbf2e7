package org.nianbao.audit.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.batch.BatchListener;
import org.nianbao.audit.cli.batch.BatchOptions;
import org.nianbao.audit.cli.batch.BatchResult;
import org.nianbao.audit.cli.batch.BatchRunner;
import org.nianbao.audit.cli.batch.ReportAuditor;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.engine.AuditEngine;
import org.nianbao.audit.engine.cases.SharedRuleBook;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.grade.Audit;
import org.nianbao.audit.grade.AuditStatus;
import org.nianbao.audit.grade.Grader;
import org.nianbao.audit.grade.GradingPolicy;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.parse.ReportParser;
import org.nianbao.audit.render.OutputFormat;
import org.nianbao.audit.render.summary.SummaryRow;

/** Bad PDFs: each is not assessable with its own reason, never a crash, and the batch goes on. */
class HostilePdfTest {
    @TempDir
    static Path dir;

    private static ReportAuditor auditor;
    private final PdfSourceReader reader = new PdfSourceReader();

    @BeforeAll
    static void pipeline() {
        var book = SharedRuleBook.get();
        Grader grader = new Grader(GradingPolicy.load(book.source()));
        AuditEngine engine = new AuditEngine(book);
        ReportParser parser = ProjectFormats.parser();
        auditor = (file, source) -> {
            var report = parser.parse(org.nianbao.audit.engine.formats.ProjectFormats.ingestor().read(file, source));
            return grader.grade(report, engine.evaluate(report));
        };
    }

    private Document read(Path file) {
        return reader.read(file, file.getFileName().toString());
    }

    @Test
    void should_refuse_an_encrypted_pdf_that_needs_a_password() throws Exception {
        // GIVEN the real report protected with a user password
        Path pdf = HostilePdfs.encrypted(dir);
        // WHEN
        Document doc = read(pdf);
        Audit audit = auditor.audit(pdf, "encrypted.pdf");
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.ENCRYPTED_INPUT);
        assertThat(doc.problem().getDetail()).startsWith("PDF已加密，需先解除密码");
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
        assertThat(audit.getGradeReason()).contains("PDF已加密，需先解除密码");
    }

    @Test
    void should_read_a_pdf_with_only_an_owner_password() throws Exception {
        // GIVEN the real report with copying and printing restricted by an owner password
        Path pdf = HostilePdfs.ownerPasswordOnly(dir);
        // WHEN
        Audit audit = auditor.audit(pdf, "owner-only.pdf");
        // THEN it opens without a password and is graded like the original
        assertThat(audit.getStatus()).as(audit.getGradeReason()).isEqualTo(AuditStatus.GRADED);
        assertThat(audit.getAgency()).isEqualTo("淮安市洪泽区人民政府");
        assertThat(audit.getGrade()).isEqualTo(auditor.audit(HostilePdfs.REAL, "real.pdf").getGrade());
    }

    @Test
    void should_say_a_scan_needs_ocr_first() throws Exception {
        // GIVEN two pages that are only images
        Path pdf = HostilePdfs.scanned(dir);
        // WHEN
        Document doc = read(pdf);
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.NO_TEXT_LAYER);
        assertThat(doc.problem().getDetail()).isEqualTo("扫描件，无文字层，需先做文字识别（OCR）：2 页都是图片，没有可读取的文字");
        assertThat(auditor.audit(pdf, "scanned.pdf").getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
    }

    @Test
    void should_read_the_text_pages_and_name_a_scanned_page_among_them() throws Exception {
        // GIVEN the real report with a scanned page as its page 2
        Path pdf = HostilePdfs.withScannedPage(dir);
        // WHEN
        Document doc = read(pdf);
        // THEN read, with the image page named as an extraction problem
        assertThat(doc.readable()).isTrue();
        assertThat(doc.warnings()).extracting(p -> p.getCode() + " " + p.getDetail())
                .containsExactly("PAGE_WITHOUT_TEXT 第2页是图片（扫描或粘贴的页面），没有文字层，该页内容未能读取");
        assertThat(doc.blocks()).noneMatch(b -> b.span().page() == 2);
    }

    @Test
    void should_refuse_a_truncated_pdf_rather_than_read_its_first_pages() throws Exception {
        // GIVEN half of the real report's bytes
        Path pdf = HostilePdfs.truncated(dir);
        // WHEN
        Document doc = read(pdf);
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNREADABLE_FILE);
        assertThat(doc.problem().getDetail()).startsWith("PDF文件不完整");
        assertThat(auditor.audit(pdf, "truncated.pdf").getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
    }

    @Test
    void should_refuse_a_damaged_pdf_with_the_reason() throws Exception {
        // GIVEN a PDF header and end marker around random bytes
        Path pdf = HostilePdfs.damaged(dir);
        // WHEN
        Document doc = read(pdf);
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.UNREADABLE_FILE);
        assertThat(doc.problem().getDetail()).startsWith("PDF文件已损坏，无法读取：");
    }

    @Test
    void should_refuse_a_file_named_pdf_that_is_not_one() throws Exception {
        // GIVEN a text file named .pdf
        Document doc = read(HostilePdfs.notAPdf(dir));
        // THEN
        assertThat(doc.problem().getDetail()).isEqualTo("文件扩展名为 .pdf，但内容不是PDF（文件开头没有 %PDF- 标记）");
    }

    @Test
    void should_refuse_a_pdf_of_500_pages_without_reading_its_pages() throws Exception {
        // GIVEN 500 pages, above the 200-page limit
        Path pdf = HostilePdfs.pages(dir, 500);
        // WHEN
        long start = System.nanoTime();
        Document doc = read(pdf);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // THEN refused from the page count alone
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.INPUT_TOO_LARGE);
        assertThat(doc.problem().getDetail()).isEqualTo("PDF共 500 页，超过上限 200 页（年度报告通常不超过 30 页），未读取");
        assertThat(millis).as("refused before reading pages").isLessThan(10_000);
    }

    @Test
    void should_refuse_a_page_drawing_more_characters_than_any_report_page() throws Exception {
        // GIVEN one page of 50,000 characters
        Document doc = read(HostilePdfs.overfull(dir));
        // THEN refused, the glyphs past the limit never kept
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.INPUT_TOO_LARGE);
        assertThat(doc.problem().getDetail()).startsWith("PDF第 1 页的字符超过 40000 个");
    }

    @Test
    void should_report_a_cjk_font_without_tounicode_as_garbled_not_audit_it() throws Exception {
        // GIVEN the real report whose Type0 (Identity-H) fonts lost their ToUnicode maps
        Path pdf = HostilePdfs.withoutToUnicode(dir);
        // WHEN
        Document doc = read(pdf);
        Audit audit = auditor.audit(pdf, "no-tounicode.pdf");
        // THEN
        assertThat(doc.problem().getCode()).isEqualTo(ProblemCode.GARBLED_TEXT);
        assertThat(doc.problem().getDetail()).startsWith("PDF字体缺少字符映射，文字无法正确提取：")
                .contains("没有对应的字符（字体未嵌入 ToUnicode 映射）");
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_ASSESSABLE);
        assertThat(audit.getFindings()).extracting(f -> f.getRule()).containsExactly("IN-UNREADABLE");
    }

    @Test
    void should_go_on_with_the_batch_after_every_bad_pdf(@TempDir Path out) throws Exception {
        // GIVEN a batch of bad PDFs and the real report
        List<Path> inputs = List.of(HostilePdfs.encrypted(dir), HostilePdfs.scanned(dir), HostilePdfs.truncated(dir),
                HostilePdfs.damaged(dir), HostilePdfs.pages(dir, 500), HostilePdfs.withoutToUnicode(dir), HostilePdfs.REAL);
        BatchOptions options = new BatchOptions(out, EnumSet.of(OutputFormat.JSON), 2, null, "test");
        // WHEN
        BatchResult result = new BatchRunner(auditor, options, BatchListener.NONE).run(inputs);
        // THEN every file has its row: the bad ones not assessable with their reason, the real one graded
        assertThat(result.rows()).hasSize(7);
        assertThat(result.rows()).filteredOn(SummaryRow::graded).extracting(SummaryRow::source)
                .containsExactly(HostilePdfs.REAL.toString());
        assertThat(result.rows()).filteredOn(r -> !r.graded()).extracting(SummaryRow::reason)
                .anySatisfy(r -> assertThat(r).contains("PDF已加密"))
                .anySatisfy(r -> assertThat(r).contains("扫描件，无文字层"))
                .anySatisfy(r -> assertThat(r).contains("PDF文件不完整"))
                .anySatisfy(r -> assertThat(r).contains("PDF文件已损坏"))
                .anySatisfy(r -> assertThat(r).contains("超过上限 200 页"))
                .anySatisfy(r -> assertThat(r).contains("PDF字体缺少字符映射"));
        assertThat(result.writeFailure()).isNull();
    }
}
