package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * Finds the site furniture a crawler stores with the page text: the breadcrumb before the title ("当前位置：
 * 首页政务公开…年报"), the widget run after it ("来源： 时间：2021-01-28 09:43 --> 微信 微博 QQ空间 全真版 文字版
 * 文件下载 相关链接：") and trailing widgets ("附件下载"). Widgets are whole space-separated pieces, which prose in
 * Chinese never is, so a sentence mentioning 微信 is left alone. Only the start and the end of a body are
 * searched: furniture does not sit in the middle of a report.
 */
final class WebChrome {
    /** Widget words of the sites' templates (share buttons, version switches, download boxes). */
    private static final Set<String> WIDGETS = Set.of("微信", "微博", "QQ空间", "qq空间", "全真版", "文字版", "文件下载",
            "附件下载", "相关链接", "相关链接:", "分享到", "分享到:", "分享", "打印", "关闭", "【打印】", "【关闭】", "[打印]", "[关闭]",
            "打印本页", "关闭窗口", "【打印本页】", "【关闭窗口】", "-->", "<!--", "扫一扫在手机打开当前页", "扫一扫在手机上打开当前页",
            "字号:", "字号", "【字体:大中小】", "收藏", "点击收藏");
    /** Pieces that are furniture only next to a widget: a size switch, a bare date or time of day. */
    private static final Set<String> SWITCHES = Set.of("大", "中", "小", "【大", "小】", "[大", "小]");
    private static final String[] BREADCRUMBS = {"当前位置:", "您当前的位置:", "您现在的位置:", "当前所在位置:", "所在位置:"};
    private static final String[] FIELDS = {"来源:", "信息来源:", "时间:", "发布时间:", "发布日期:", "作者:", "浏览次数:", "点击数:"};
    /** Furniture sits before the report's first words and after its last ones. */
    private static final int HEAD = 600;
    private static final int TAIL = 80;
    private static final int MAX_FIELD = 24;
    /** Widget pieces and breadcrumb steps are short; longer pieces are compared by their start only. */
    private static final int MAX_PIECE = 40;

    private WebChrome() {
    }

    /** Ranges [start, end) of {@code line} that are site furniture, in order. */
    static List<int[]> find(String line) {
        List<int[]> pieces = pieces(line);
        List<int[]> out = new ArrayList<>();
        int k = breadcrumb(line, pieces, out);
        int tail = line.length() - TAIL;
        while (k < pieces.size()) {
            if (pieces.get(k)[0] >= HEAD && pieces.get(k)[1] <= tail) {
                k++; // the middle of the body: no furniture is looked for there
                continue;
            }
            int end = widgetRun(line, pieces, k);
            if (end > k) {
                out.add(new int[] {pieces.get(k)[0], pieces.get(end - 1)[1]});
                k = end;
            } else {
                k++;
            }
        }
        return out;
    }

    /** The breadcrumb at the start ("当前位置：首页 > 政务公开 > …"), added to {@code out}; the next piece's index. */
    private static int breadcrumb(String line, List<int[]> pieces, List<int[]> out) {
        if (pieces.isEmpty() || !startsWithAny(compact(line, pieces.get(0)), BREADCRUMBS)) {
            return 0;
        }
        int k = 1;
        while (k < pieces.size() && (isPathStep(compact(line, pieces.get(k))) || isPathStep(compact(line, pieces.get(k - 1))))) {
            k++;
        }
        String first = compact(line, pieces.get(0));
        if (k == 1 && endsWithColon(first) && pieces.size() > 1) {
            k = 2; // "当前位置： 首页政务公开…年报": the path is the piece after the label
        }
        out.add(new int[] {pieces.get(0)[0], pieces.get(k - 1)[1]});
        return k;
    }

    private static boolean isPathStep(String c) {
        return c.equals(">") || c.equals("»") || c.startsWith(">") || c.endsWith(">") || c.startsWith("»") || c.endsWith("»");
    }

    /** End (exclusive piece index) of the widget run starting at piece {@code k}; {@code k} when none starts there. */
    private static int widgetRun(String line, List<int[]> pieces, int k) {
        int strong = 0;
        int lastStrong = k;
        for (int j = k; j < pieces.size(); j++) {
            String c = compact(line, pieces.get(j));
            if (isWidget(c)) {
                strong++;
                lastStrong = j + 1;
            } else if (!isSwitch(c) && !(j > k && isDateOrTime(c))) {
                break;
            }
        }
        // two widgets side by side, or one closing the body ("… 2021年1月27日 附件下载")
        boolean closing = strong == 1 && lastStrong == pieces.size();
        return strong >= 2 || closing ? lastStrong : k;
    }

    private static boolean isWidget(String c) {
        if (WIDGETS.contains(c)) {
            return true;
        }
        for (String field : FIELDS) {
            if (c.startsWith(field) && c.length() <= MAX_FIELD) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSwitch(String c) {
        return SWITCHES.contains(c);
    }

    /** "2021-01-28", "09:43", "09:43:12". */
    private static boolean isDateOrTime(String c) {
        if (c.isEmpty() || c.length() > 10) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch != '-' && ch != ':' && ch != '/' && ch != '.') {
                return false;
            }
        }
        return digits >= 3;
    }

    private static boolean startsWithAny(String c, String[] prefixes) {
        for (String p : prefixes) {
            if (c.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithColon(String c) {
        return c.endsWith(":");
    }

    /** A piece's matching view; a long piece is prose or a path, never a widget, and is not worth normalising. */
    private static String compact(String line, int[] piece) {
        int end = Math.min(piece[1], piece[0] + MAX_PIECE);
        return Normalizer.compact(line.substring(piece[0], end));
    }

    /**
     * Start/end of the whitespace-separated pieces of the line's head and tail, where furniture may stand; the
     * middle of a long body is skipped (a piece crossing into the head or tail is kept whole).
     */
    private static List<int[]> pieces(String line) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (i >= HEAD && i < n - TAIL) {
                i = n - TAIL; // the middle: furniture does not sit there
                while (i > 0 && i < n && !Normalizer.isSpace(line.charAt(i - 1))) {
                    i++;
                }
            }
            while (i < n && Normalizer.isSpace(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Normalizer.isSpace(line.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }
}
