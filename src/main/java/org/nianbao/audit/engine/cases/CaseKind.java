package org.nianbao.audit.engine.cases;

/** Which way a rule case proves its rule: the folder the case file sits in. */
public enum CaseKind {
    /** {@code fires/}: the rule must raise at least one finding on this input. */
    FIRES("fires"),
    /** {@code passes/}: the rule must raise nothing on this input. */
    PASSES("passes");

    private final String folder;

    CaseKind(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    /** The kind for a folder name, null when the folder is neither. */
    public static CaseKind ofFolder(String name) {
        for (CaseKind k : values()) {
            if (k.folder.equals(name)) {
                return k;
            }
        }
        return null;
    }
}
