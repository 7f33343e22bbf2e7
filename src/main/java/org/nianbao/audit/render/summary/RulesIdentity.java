package org.nianbao.audit.render.summary;

/**
 * Which rules a run judged by, as the header of index.html and the title of summary.xlsx say it: where they
 * came from, a short content digest (the "version" two runs can compare) and whether they are the copy
 * bundled with this tool, an identical copy of it, or a changed set.
 */
public record RulesIdentity(String location, String version, Provenance provenance) {
    /** How the rules relate to the copy bundled in the jar. */
    public enum Provenance {
        /** The copy inside the jar. */
        BUNDLED,
        /** A rules folder whose files are the bundled copy's, byte for byte. */
        SAME_AS_BUNDLED,
        /** A rules folder that differs from the bundled copy (a local edit, or another rule set). */
        CHANGED,
        /** The bundled copy could not be read to compare with. */
        UNKNOWN
    }

    /** Used when the auditor cannot tell (tests with a fake auditor). */
    public static final RulesIdentity UNKNOWN = new RulesIdentity("", "", Provenance.UNKNOWN);
}
