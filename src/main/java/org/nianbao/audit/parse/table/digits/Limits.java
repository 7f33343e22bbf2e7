package org.nianbao.audit.parse.table.digits;

/**
 * Bounds that keep the solver fast on any input; reaching one never produces a reading, only "too many".
 *
 * @param maxReadings  readings of one unit enumerated at most (per kind of enumeration)
 * @param splitNodes   search nodes for enumerating one unit's readings
 * @param maxSolutions joint readings of a group of coupled rows kept at most
 * @param searchNodes  search nodes for one group of coupled rows
 */
record Limits(int maxReadings, long splitNodes, int maxSolutions, long searchNodes) {
    static final Limits DEFAULT = new Limits(5_000, 2_000_000, 5_000, 2_000_000);
}
