package org.nianbao.audit.render.summary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.ToolVersion;

/**
 * What a clerk needs to know about the run a page comes from: when (local time), which input folders,
 * how many files, which rules and which version of the tool. The time is the one part that differs between
 * two runs over the same input; it is shown in exactly two places (the header of index.html and the title
 * row of summary.xlsx) and fixed by {@code SOURCE_DATE_EPOCH} when byte-identical reruns are wanted.
 */
public record RunContext(Instant started, ZoneId zone, boolean fixedClock, List<String> inputs, int files,
                         RulesIdentity rules, String toolVersion) {
    /** The reproducible-builds variable: seconds since the epoch to use instead of the clock. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public RunContext {
        inputs = List.copyOf(inputs);
    }

    /** A context for renderer tests and callers that know nothing of the run. */
    public static RunContext unknown() {
        return new RunContext(Instant.EPOCH, ZoneOffset.UTC, true, List.of(), 0, RulesIdentity.UNKNOWN, ToolVersion.get());
    }

    /**
     * The run's clock: {@code SOURCE_DATE_EPOCH} (in UTC) when set to a number of seconds, else {@code now} in
     * the machine's time zone.
     */
    public static RunContext at(Instant now, String sourceDateEpoch, List<String> inputs, int files,
                                RulesIdentity rules) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            return new RunContext(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC, true,
                    inputs, files, rules, ToolVersion.get());
        }
        return new RunContext(now, ZoneId.systemDefault(), false, inputs, files, rules, ToolVersion.get());
    }

    /** "（本地时间）", or "（UTC）" for a clock fixed by {@code SOURCE_DATE_EPOCH}. */
    public String zoneLabel() {
        return fixedClock ? RenderMessages.UTC_TIME : RenderMessages.LOCAL_TIME;
    }

    /** "2026-12-02 10:31" in the run's zone. */
    public String shownTime() {
        return SHOWN.format(started.atZone(zone));
    }

    /** "2026-12-02". */
    public String shownDate() {
        return DATE.format(started.atZone(zone));
    }
}
