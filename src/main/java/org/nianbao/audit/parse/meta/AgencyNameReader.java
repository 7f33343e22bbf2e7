package org.nianbao.audit.parse.meta;

import java.util.Optional;

/**
 * The publishing agency from the title: the text before the report year ("景德镇市科学技术局2023年…"),
 * or, when the year comes first ("2023年XX局政府信息公开…"), the text between the year and 政府信息公开.
 */
final class AgencyNameReader {
    private static final String[] TITLE_BODY = {"政府信息公开", "政务公开", "信息公开"};
    private static final String TRIM = "　 ，,、：:“”\"《》()（）[]【】";

    private AgencyNameReader() {
    }

    static Optional<String> read(String title, YearReader.YearAt year) {
        String before = trim(stripTrailing(title.substring(0, year.start()), "关于"));
        if (!before.isEmpty()) {
            return Optional.of(before);
        }
        int from = year.end();
        if (from < title.length() && title.charAt(from) == '年') {
            from++;
        }
        if (from < title.length() && title.charAt(from) == '度') {
            from++;
        }
        String rest = title.substring(from);
        // the first body form present decides: in "2023年政府信息公开…" the 政府 of the body is no agency
        for (String body : TITLE_BODY) {
            int at = rest.indexOf(body);
            if (at >= 0) {
                String name = trim(rest.substring(0, at));
                return name.isEmpty() ? Optional.empty() : Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String stripTrailing(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && TRIM.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
