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
                "暂不支持该文件格式 " + shown + "：目前只能读取 .txt、.md、.markdown、.text、.tsv 文本文件");
    }

    public static ParseProblem charsetGuessed(String charset) {
        return problem(ProblemCode.CHARSET_GUESSED,
                "文本编码无法确定，按 " + charset + " 推测解码；若出现乱码，请以 UTF-8 重新导出");
    }

    private static ParseProblem problem(ProblemCode code, String detail) {
        return ParseProblem.of(code, detail, 0, "");
    }
}
