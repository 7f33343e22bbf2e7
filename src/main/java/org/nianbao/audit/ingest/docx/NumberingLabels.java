package org.nianbao.audit.ingest.docx;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering, computed: the "一、" of a part heading, the "（一）" of a sub-head and the "1."
 * of an item often live in numbering.xml and not in the text. Each numbered paragraph, in document order,
 * advances its list's counter; the label is the level's {@code lvlText} with every {@code %n} replaced by
 * level n's counter in that level's format. Lists that share an abstract definition continue one another,
 * as in Word; a list instance with a start override begins a list of its own. Deeper levels restart when
 * a higher one is used, unless {@code lvlRestart} says otherwise. One instance per document (it is stateful).
 */
final class NumberingLabels {
    private static final int LEVELS = 9;

    /** One level of a list definition. {@code restart}: -1 the default (after any higher level), 0 never. */
    private record Level(int start, String format, String text, int restart, boolean legal, String suffix) {
        static final Level NONE = new Level(1, "decimal", "", -1, false, "tab");
    }

    private record Instance(String counterKey, Level[] levels) {
    }

    private static final class Counters {
        final int[] value = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];
    }

    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstractNums = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, Counters> counters = new HashMap<>();

    /** @param numbering {@code w:numbering}, or null when the document has no numbering part */
    NumberingLabels(Element numbering) {
        if (numbering != null) {
            for (Element e : WordXml.children(numbering)) {
                if (WordXml.isW(e, "num") && WordXml.attr(e, "numId") != null) {
                    nums.putIfAbsent(WordXml.attr(e, "numId").strip(), e);
                } else if (WordXml.isW(e, "abstractNum") && WordXml.attr(e, "abstractNumId") != null) {
                    abstractNums.putIfAbsent(WordXml.attr(e, "abstractNumId").strip(), e);
                }
            }
        }
    }

    /**
     * Advances the list {@code numId} at level {@code ilvl} and returns the label Word prints before the
     * paragraph, with the separator its suffix asks for ("" when the list has no visible label).
     */
    String next(String numId, int ilvl) {
        Instance instance = instance(numId);
        if (instance == null || ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }
        Counters c = counters.computeIfAbsent(instance.counterKey(), k -> new Counters());
        Level[] levels = instance.levels();
        for (int d = ilvl + 1; d < LEVELS; d++) {
            int restart = levels[d].restart();
            if (restart < 0 || (restart > 0 && ilvl < restart)) {
                c.started[d] = false;
            }
        }
        c.value[ilvl] = c.started[ilvl] ? c.value[ilvl] + 1 : levels[ilvl].start();
        c.started[ilvl] = true;
        return label(levels, ilvl, c);
    }

    private static String label(Level[] levels, int ilvl, Counters c) {
        Level level = levels[ilvl];
        String text = level.text();
        if (text.isEmpty() || "none".equals(level.format()) || "bullet".equals(level.format())) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                int value = c.started[k] ? c.value[k] : levels[k].start();
                sb.append(NumberFormats.format(level.legal() ? "decimal" : levels[k].format(), value));
                i++;
            } else {
                sb.append(ch);
            }
        }
        String label = sb.toString().strip();
        if (label.isEmpty()) {
            return "";
        }
        boolean separated = !"nothing".equals(level.suffix()) && Character.isLetterOrDigit(label.charAt(label.length() - 1));
        return separated ? label + " " : label;
    }

    private Instance instance(String numId) {
        if (numId == null) {
            return null;
        }
        if (instances.containsKey(numId)) {
            return instances.get(numId);
        }
        Instance built = build(numId);
        instances.put(numId, built);
        return built;
    }

    private Instance build(String numId) {
        Element numEl = nums.get(numId.strip());
        if (numEl == null) {
            return null;
        }
        String abstractId = WordXml.childVal(numEl, "abstractNumId");
        Element abstractNum = abstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        Level[] levels = new Level[LEVELS];
        java.util.Arrays.fill(levels, Level.NONE);
        for (Element lvl : WordXml.children(abstractNum)) {
            if (WordXml.isW(lvl, "lvl")) {
                put(levels, lvl);
            }
        }
        boolean overridden = false;
        for (Element override : WordXml.children(numEl)) {
            if (!WordXml.isW(override, "lvlOverride")) {
                continue;
            }
            int ilvl = WordXml.intVal(WordXml.attr(override, "ilvl"), -1);
            if (ilvl < 0 || ilvl >= LEVELS) {
                continue;
            }
            Element lvl = WordXml.child(override, "lvl");
            if (lvl != null) {
                put(levels, lvl);
                overridden = true;
            }
            String start = WordXml.childVal(override, "startOverride");
            if (start != null) {
                Level l = levels[ilvl];
                levels[ilvl] = new Level(WordXml.intVal(start, l.start()), l.format(), l.text(), l.restart(), l.legal(),
                        l.suffix());
                overridden = true;
            }
        }
        return new Instance(overridden ? "num:" + numId : "abstract:" + abstractId, levels);
    }

    /** The abstract definition, following a numStyleLink to the list style's own definition. */
    private Element abstractNum(String abstractId) {
        Element el = abstractId == null ? null : abstractNums.get(abstractId.strip());
        if (el == null) {
            return null;
        }
        String link = WordXml.childVal(el, "numStyleLink");
        if (link != null && WordXml.child(el, "lvl") == null) {
            for (Element other : abstractNums.values()) {
                if (link.equals(WordXml.childVal(other, "styleLink"))) {
                    return other;
                }
            }
        }
        return el;
    }

    private static void put(Level[] levels, Element lvl) {
        int ilvl = WordXml.intVal(WordXml.attr(lvl, "ilvl"), -1);
        if (ilvl < 0 || ilvl >= LEVELS) {
            return;
        }
        String format = WordXml.childVal(lvl, "numFmt");
        String text = WordXml.childVal(lvl, "lvlText");
        String suffix = WordXml.childVal(lvl, "suff");
        levels[ilvl] = new Level(WordXml.intVal(WordXml.childVal(lvl, "start"), 1), format == null ? "decimal" : format,
                text == null ? "" : text, WordXml.intVal(WordXml.childVal(lvl, "lvlRestart"), -1),
                WordXml.on(lvl, "isLgl"), suffix == null ? "tab" : suffix);
    }

    /** The level a style-numbered paragraph uses when its style names none: the level bound to that style. */
    int levelOfStyle(String numId, String styleId) {
        Instance instance = instance(numId);
        if (instance == null) {
            return 0;
        }
        Element abstractNum = abstractNum(WordXml.childVal(nums.get(numId.strip()), "abstractNumId"));
        for (Element lvl : WordXml.children(abstractNum)) {
            if (WordXml.isW(lvl, "lvl") && styleId.equals(WordXml.childVal(lvl, "pStyle"))) {
                return WordXml.intVal(WordXml.attr(lvl, "ilvl"), 0);
            }
        }
        return 0;
    }
}
