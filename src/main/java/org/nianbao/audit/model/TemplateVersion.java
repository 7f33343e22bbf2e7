package org.nianbao.audit.model;

/**
 * The national table format: 国办公开办函〔2019〕60号 or 〔2021〕30号. Which years must use which is data
 * (rules/formats.properties → {@link TemplateSchedule}).
 */
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
}
