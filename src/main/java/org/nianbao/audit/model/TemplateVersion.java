package org.nianbao.audit.model;

/** The national table format: 国办公开办函〔2019〕60号 (reports 2019–2020) or 〔2021〕30号 (2021 on). */
public enum TemplateVersion {
    V2019("2019"),
    V2021("2021");

    private final String label;

    TemplateVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format a report for {@code year} must use; null for years before the 2019 条例 (out of scope). */
    public static TemplateVersion requiredFor(Integer year) {
        if (year == null || year < 2019) {
            return null;
        }
        return year >= 2021 ? V2021 : V2019;
    }
}
