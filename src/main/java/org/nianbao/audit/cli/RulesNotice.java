package org.nianbao.audit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.nianbao.audit.engine.RulesSource;

/**
 * What the console says about the rules before a batch: rules other than the bundled ones are code from
 * a folder (a {@code ./rules} picked up from the working directory runs without anyone asking for it), so
 * the folder, the number of rules and whether they differ from the bundled copy are announced. A
 * {@code ./rules} that is not a rule set is said to be ignored.
 */
final class RulesNotice {
    private RulesNotice() {
    }

    /** @param asked the --rules value, or null */
    static List<String> of(RulesSource source, int rules, Path asked) {
        List<String> notices = new ArrayList<>();
        if (source.isBundled()) {
            if (asked == null) {
                RulesSource.ignoredLocalFolder(Path.of("")).ifPresent(ignored ->
                        notices.add(CliMessages.localRulesIgnored(ignored.toString())));
            }
            return notices;
        }
        notices.add(CliMessages.rulesInUse(source.describe(), rules, difference(source)));
        return notices;
    }

    /** "与内置规则相同" or which files differ from the bundled copy; null when the bundled copy cannot be read. */
    private static String difference(RulesSource source) {
        SortedMap<String, String> bundled;
        try {
            bundled = RulesSource.bundled().files();
        } catch (RuntimeException e) { // NOPMD: without a bundled copy there is nothing to compare with
            return null;
        }
        int changed = 0;
        int added = 0;
        for (Map.Entry<String, String> f : source.files().entrySet()) {
            String before = bundled.get(f.getKey());
            if (before == null) {
                added++;
            } else if (!before.equals(f.getValue())) {
                changed++;
            }
        }
        int removed = (int) bundled.keySet().stream().filter(k -> !source.files().containsKey(k)).count();
        return CliMessages.comparedWithBundled(changed, added, removed);
    }
}
