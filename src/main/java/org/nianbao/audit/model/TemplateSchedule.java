package org.nianbao.audit.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which national format a report year must use, and from which year reports are in scope at all. The
 * years are data (rules/formats.properties, loaded by the engine stage), not constants: this class only
 * answers questions about the years it is given.
 */
public final class TemplateSchedule {
    private final int firstYear;
    private final Map<TemplateVersion, Integer> startYears;
    private final NavigableMap<Integer, TemplateVersion> byStartYear = new TreeMap<>();

    /**
     * @param firstYear  the earliest report year in scope (评估范围起始年度)
     * @param startYears the report year from which each format is required; distinct years
     */
    public TemplateSchedule(int firstYear, Map<TemplateVersion, Integer> startYears) {
        this.firstYear = firstYear;
        this.startYears = Collections.unmodifiableMap(new EnumMap<>(startYears));
        startYears.forEach((template, year) -> {
            if (byStartYear.put(year, template) != null) {
                throw new IllegalArgumentException("two templates start in " + year);
            }
        });
    }

    /** The earliest report year in scope. */
    public int firstYear() {
        return firstYear;
    }

    /** The report year from which each format is required. */
    public Map<TemplateVersion, Integer> startYears() {
        return startYears;
    }

    /** True when the year is known and earlier than the scope; an unknown year is not judged here. */
    public boolean outOfScope(Integer year) {
        return year != null && year < firstYear;
    }

    /** The format a report for {@code year} must use; null when the year is unknown, out of scope or precedes every format. */
    public TemplateVersion requiredFor(Integer year) {
        if (year == null || outOfScope(year)) {
            return null;
        }
        Map.Entry<Integer, TemplateVersion> e = byStartYear.floorEntry(year);
        return e == null ? null : e.getValue();
    }
}
