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
                "暂不支持该文件格式 " + shown + "：目前只能读取 .txt、.md、.markdown、.text、.tsv 文本文件和 .html、.htm、.shtml、.xhtml 网页");
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
