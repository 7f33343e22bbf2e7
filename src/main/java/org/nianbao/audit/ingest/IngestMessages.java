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
                "暂不支持该文件格式 " + shown + "：目前能读取 .txt、.md、.markdown、.text、.tsv 文本文件，.html、.htm、.shtml、.xhtml 网页，.docx、.doc Word 文档和 .pdf 文件");
    }

    // Word documents (ingest/docx)

    public static ParseProblem wordEncrypted() {
        return problem(ProblemCode.UNREADABLE_FILE, "文档已加密（设有打开密码），无法读取：请去除密码后重新提交");
    }

    public static ParseProblem wordZipBomb(String what) {
        return problem(ProblemCode.INPUT_TOO_LARGE,
                "文件解压后异常膨胀（" + what + "），疑为压缩炸弹，已拒绝读取");
    }

    public static ParseProblem wordBodyTooLarge(long bytes, long limit) {
        return problem(ProblemCode.INPUT_TOO_LARGE, String.format(Locale.ROOT,
                "Word 文档正文过大：解压后 %d 字节，超过上限 %d 字节（%d MiB），未读取", bytes, limit, limit >> 20));
    }

    public static ParseProblem wordDamaged(String what) {
        return problem(ProblemCode.UNREADABLE_FILE, "Word 文档已损坏或不完整，无法读取：" + what);
    }

    public static ParseProblem wordNoBody() {
        return problem(ProblemCode.UNREADABLE_FILE, "文件不是完整的 Word 文档：缺少正文部分（word/document.xml）");
    }

    public static ParseProblem wordOtherOffice(String extension, String actual) {
        return problem(ProblemCode.UNSUPPORTED_FORMAT,
                "文件扩展名为“." + extension + "”，但内容是" + actual + "，不是 Word 文字文档");
    }

    public static ParseProblem wordNotWord(String extension) {
        return problem(ProblemCode.UNREADABLE_FILE, "文件扩展名为“." + extension
                + "”，但内容不是 Word 文档（既不是 .docx 的 ZIP 格式，也不是 .doc 的 OLE2 格式），可能已损坏或被改了扩展名");
    }

    public static ParseProblem wordImagesOnly(int images) {
        return problem(ProblemCode.EMPTY_INPUT, String.format(Locale.ROOT,
                "正文只有图片，无可读文字（共 %d 张图片）：若为扫描件或截图，需先做文字识别，或提交原始的 Word 文档", images));
    }

    public static ParseProblem wordNoText() {
        return problem(ProblemCode.EMPTY_INPUT, "Word 文档中没有正文文字");
    }

    /** A word-processor format read by no reader here: the office suite converts it in two clicks. */
    public static ParseProblem saveAsDocxOrPdf(String what) {
        return problem(ProblemCode.UNSUPPORTED_FORMAT, what + "无法直接读取：请另存为 .docx 或 PDF 后再提交");
    }

    // PDF (ingest/pdf)

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

    public static ParseProblem htmlNoText() {
        return problem(ProblemCode.EMPTY_INPUT, "网页没有可读文字：去掉脚本、样式和隐藏内容后，页面上什么也不显示");
    }

    /**
     * The article shows pictures, a framed viewer or download links instead of text: the report is in a
     * picture or in another file the page points to.
     */
    public static ParseProblem htmlMediaOnly(int images, int frames, int attachments) {
        StringBuilder seen = new StringBuilder();
        if (images > 0) {
            seen.append(images).append(" 张图片");
        }
        if (frames > 0) {
            seen.append(seen.isEmpty() ? "" : "、").append(frames).append(" 个内嵌框架或嵌入对象");
        }
        if (attachments > 0) {
            seen.append(seen.isEmpty() ? "" : "、").append(attachments).append(" 个附件下载链接");
        }
        String what = images > 0 && frames == 0 && attachments == 0 ? "图片"
                : images == 0 && attachments == 0 ? "内嵌框架" : images == 0 && frames == 0 ? "附件链接" : "图片/内嵌框架";
        return problem(ProblemCode.EMPTY_INPUT, "网页正文只有" + what + "，无可读文字：正文区域有 " + seen
                + "，没有报告文字；报告内容在图片或所链接、所嵌入的文件中，本系统无法读取，请提交文字版网页或 PDF、Word 原件");
    }

    public static ParseProblem htmlTruncated(long bytes) {
        return problem(ProblemCode.UNREADABLE_FILE, String.format(Locale.ROOT,
                "网页不完整：文件在第 %d 字节处中断，没有 </html> 结束标记，正文之后也没有任何页面内容，"
                        + "报告后面的部分可能缺失，无法公正评估；请重新下载完整的网页", bytes));
    }

    public static ParseProblem htmlTooLarge(long bytes, int elements, long textChars, int maxElements, long maxText) {
        String which = elements > maxElements
                ? String.format(Locale.ROOT, "超过 %d 个页面元素", maxElements)
                : String.format(Locale.ROOT, "可见文字超过 %d 个字符", maxText);
        return problem(ProblemCode.INPUT_TOO_LARGE, String.format(Locale.ROOT,
                "网页内容过大：%d 字节的页面去掉脚本、样式和内嵌数据后仍%s，远超任何年度报告网页（通常几千个元素、几万字），未读取",
                bytes, which));
    }

    public static ParseProblem htmlCharsetReplaced(String charset, long offset) {
        return problem(ProblemCode.CHARSET_GUESSED, String.format(Locale.ROOT,
                "网页按 %s 解码时第 %d 字节处起有无效字节，已用替换字符“\ufffd”代替；若有乱码，请以 UTF-8 重新保存网页",
                charset, offset));
    }

    public static ParseProblem htmlCharsetMismatch(String declared, String used) {
        return problem(ProblemCode.CHARSET_GUESSED,
                "网页声明的编码 " + declared + " 与内容不符（按它解码出错），改按 " + used + " 解码；若有乱码，请以 UTF-8 重新保存网页");
    }

    private static ParseProblem problem(ProblemCode code, String detail) {
        return ParseProblem.of(code, detail, 0, "");
    }
}
