package org.nianbao.audit.ingest;

import java.util.Locale;
import org.nianbao.audit.model.ParseProblem;
import org.nianbao.audit.model.ProblemCode;

/** Every user-facing (Chinese) text of the ingest stage, built in one place. */
public final class IngestMessages {
    private IngestMessages() {
    }

    public static ParseProblem empty() {
        return problem(ProblemCode.EMPTY_INPUT, "文件为空或只含空白字符，没有可审查的内容");
    }

    public static ParseProblem binaryNul(long offset) {
        return problem(ProblemCode.BINARY_INPUT,
                String.format(Locale.ROOT, "文件不是文本：第 %d 字节处出现空字节（0x00），疑为二进制文件", offset));
    }

    public static ParseProblem binaryNulChar(String charset, int charIndex) {
        return problem(ProblemCode.BINARY_INPUT, String.format(Locale.ROOT,
                "文件不是文本：按 %s 解码后第 %d 个字符处出现空字符（U+0000），疑为二进制文件", charset, charIndex + 1));
    }

    public static ParseProblem binaryControls(int controls, int sampled) {
        return problem(ProblemCode.BINARY_INPUT, String.format(Locale.ROOT,
                "文件不是文本：前 %d 个字节中有 %d 个控制字符，疑为二进制文件", sampled, controls));
    }

    public static ParseProblem undecodable(String charset, long offset) {
        return problem(ProblemCode.UNDECODABLE_INPUT, String.format(Locale.ROOT,
                "无法按 %s 解码：第 %d 字节处的字节序列无效（也不是 UTF-8、GB18030 文本）", charset, offset));
    }

    public static ParseProblem undetectable(long utf8Offset) {
        return problem(ProblemCode.UNDECODABLE_INPUT, String.format(Locale.ROOT,
                "无法识别文本编码：不是有效的 UTF-8（第 %d 字节处出错），也无法可靠判断为其他中文编码", utf8Offset));
    }

    public static ParseProblem tooLarge(long bytes, long limit) {
        return problem(ProblemCode.INPUT_TOO_LARGE, String.format(Locale.ROOT,
                "文件过大：%d 字节，超过上限 %d 字节（%d MiB），未读取", bytes, limit, limit >> 20));
    }

    public static ParseProblem unreadable(String reason) {
        return problem(ProblemCode.UNREADABLE_FILE, "无法读取文件：" + reason);
    }

    public static ParseProblem isDirectory(String source) {
        return unreadable("“" + source + "”是一个目录，不是文件");
    }

    public static ParseProblem missing(String source) {
        return unreadable("“" + source + "”不存在或不可访问");
    }

    public static ParseProblem unsupportedFormat(String extension) {
        String shown = extension.isEmpty() ? "（无扩展名）" : "“." + extension + "”";
        return problem(ProblemCode.UNSUPPORTED_FORMAT,
                "暂不支持该文件格式 " + shown + "：目前只能读取 .txt、.md、.markdown、.text、.tsv 文本文件和 .pdf 文件");
    }

    public static ParseProblem pdfEncrypted() {
        return problem(ProblemCode.ENCRYPTED_INPUT, "PDF已加密，需先解除密码：打开文件需要密码，无法读取内容");
    }

    public static ParseProblem pdfDamaged(String why) {
        return problem(ProblemCode.UNREADABLE_FILE, "PDF文件已损坏，无法读取：" + why);
    }

    public static ParseProblem pdfNotPdf() {
        return problem(ProblemCode.UNREADABLE_FILE, "文件扩展名为 .pdf，但内容不是PDF（文件开头没有 %PDF- 标记）");
    }

    public static ParseProblem pdfTruncated() {
        return problem(ProblemCode.UNREADABLE_FILE,
                "PDF文件不完整（文件末尾缺少 %%EOF 结束标记，可能下载或复制中断），为免漏读内容，未予读取");
    }

    public static ParseProblem pdfTooManyPages(int pages, int limit) {
        return problem(ProblemCode.INPUT_TOO_LARGE, String.format(Locale.ROOT,
                "PDF共 %d 页，超过上限 %d 页（年度报告通常不超过 30 页），未读取", pages, limit));
    }

    public static ParseProblem pdfPageOverfull(int page, int limit) {
        return problem(ProblemCode.INPUT_TOO_LARGE, String.format(Locale.ROOT,
                "PDF第 %d 页的字符超过 %d 个，不是年度报告的页面（可能是嵌入的数据或隐藏文字），未读取", page, limit));
    }

    public static ParseProblem pdfNoPages() {
        return problem(ProblemCode.EMPTY_INPUT, "PDF没有任何页面，没有可审查的内容");
    }

    public static ParseProblem pdfScanned(int pages) {
        return problem(ProblemCode.NO_TEXT_LAYER, String.format(Locale.ROOT,
                "扫描件，无文字层，需先做文字识别（OCR）：%d 页都是图片，没有可读取的文字", pages));
    }

    public static ParseProblem pdfNoText(int pages) {
        return problem(ProblemCode.EMPTY_INPUT, String.format(Locale.ROOT,
                "PDF的 %d 页中没有任何文字，也没有图片，没有可审查的内容", pages));
    }

    public static ParseProblem pdfGarbled(String why) {
        return problem(ProblemCode.GARBLED_TEXT, "PDF字体缺少字符映射，文字无法正确提取：" + why
                + "。请用原始 Word/WPS 文件重新导出PDF（嵌入字体），或提交 DOCX");
    }

    public static ParseProblem pdfImagePage(int page) {
        return problem(ProblemCode.PAGE_WITHOUT_TEXT, String.format(Locale.ROOT,
                "第%d页是图片（扫描或粘贴的页面），没有文字层，该页内容未能读取", page));
    }

    public static ParseProblem pdfLargeImage(int page, int percent) {
        return problem(ProblemCode.PAGE_WITHOUT_TEXT, String.format(Locale.ROOT,
                "第%d页约 %d%% 的版面是图片（可能是粘贴的表格截图），图片中的文字未能读取", page, percent));
    }

    public static ParseProblem pdfLayoutFailed(int page, String why) {
        return problem(ProblemCode.ROW_AMBIGUOUS, String.format(Locale.ROOT,
                "第%d页的表格未能还原（内部错误 %s），该页按文字行读取", page, why));
    }

    public static ParseProblem charsetGuessed(String charset) {
        return problem(ProblemCode.CHARSET_GUESSED,
                "文本编码无法确定，按 " + charset + " 推测解码；若出现乱码，请以 UTF-8 重新导出");
    }

    private static ParseProblem problem(ProblemCode code, String detail) {
        return ParseProblem.of(code, detail, 0, "");
    }
}
