package org.nianbao.audit.parse.text;

import java.util.Set;

/** Web-page furniture that converters copy around a report (share/print/close buttons, spec D9 Q-BOILER). */
public final class PageChrome {
    private static final Set<String> LINES = Set.of("扫一扫在手机打开当前页", "扫一扫在手机上打开当前页", "分享", "分享:",
            "分享到", "分享到:", "分享文章到", "打印", "关闭", "打印本页", "关闭窗口", "【打印本页】", "【关闭窗口】", "[打印本页]",
            "[关闭窗口]", "点击收藏", "回到顶部", "返回顶部", "TOP打印关闭", "TOP", "【打印】", "【关闭】", "【字体:大中小】");

    private PageChrome() {
    }

    /** True when a compact line is page furniture and nothing else. */
    public static boolean isChrome(String compact) {
        return LINES.contains(compact);
    }
}
