package org.nianbao.audit.parse.meta;

import java.util.List;
import java.util.Optional;
import org.nianbao.audit.model.StatisticalPeriod;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.CompactView;

/**
 * The stated statistical period: "统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止" and the like
 * (统计时间/统计周期/统计期间 …为…至…). The first statement in the document wins.
 */
final class PeriodFinder {
    private static final String[] KEYWORDS = {"统计期限", "统计时间", "统计周期", "统计期间", "统计区间", "统计时段"};
    /** How far after the keyword the first date may start ("的统计期限为" / "自"). */
    private static final int MAX_GAP = 8;
    private static final String TO = "至到-—~～";

    Optional<StatisticalPeriod> find(List<TextLine> lines) {
        for (TextLine line : lines) {
            String c = line.getNormalized();
            for (String keyword : KEYWORDS) {
                int at = c.indexOf(keyword);
                if (at >= 0) {
                    Optional<StatisticalPeriod> period = read(line, at, keyword.length());
                    if (period.isPresent()) {
                        return period;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The year a period covers when it starts and ends in the same year (a fallback for the report year). */
    static Optional<Integer> yearOf(StatisticalPeriod period) {
        if (period.getFrom() == null || period.getTo() == null || period.getFrom().getYear() != period.getTo().getYear()) {
            return Optional.empty();
        }
        return Optional.of(period.getFrom().getYear());
    }

    private static Optional<StatisticalPeriod> read(TextLine line, int at, int keywordLength) {
        CompactView view = CompactView.of(line.getText());
        String c = view.compact();
        DateReader.Span from = DateReader.find(c, at + keywordLength);
        if (from == null || from.start() - at - keywordLength > MAX_GAP) {
            return Optional.empty();
        }
        int p = from.end();
        if (p < c.length() && c.charAt(p) == '起') {
            p++;
        }
        if (p >= c.length() || TO.indexOf(c.charAt(p)) < 0) {
            return Optional.empty();
        }
        DateReader.Span to = DateReader.at(c, p + 1);
        if (to == null) {
            return Optional.empty();
        }
        int end = to.end() < c.length() && c.charAt(to.end()) == '止' ? to.end() + 1 : to.end();
        return Optional.of(new StatisticalPeriod(from.date(), to.date(), view.original(at, end), line.getNumber()));
    }
}
