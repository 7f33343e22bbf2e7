package org.nianbao.audit.render.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.audit.render.RenderMessages;
import org.nianbao.audit.render.ToolVersion;

/** The run context as label/value pairs for the header of index.html (and the title of summary.xlsx). */
final class RunHeader {
    private RunHeader() {
    }

    static List<Map<String, Object>> of(RunContext c) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(RenderMessages.LABEL_RUN_TIME, c.shownTime() + c.zoneLabel(), "run-time"));
        items.add(item(RenderMessages.LABEL_INPUTS, inputs(c), null));
        items.add(item(RenderMessages.LABEL_FILES, RenderMessages.files(c.files()), null));
        items.add(item(RenderMessages.LABEL_RULES, rules(c.rules()), null));
        items.add(item(RenderMessages.LABEL_TOOL, ToolVersion.NAME + " " + c.toolVersion(), null));
        return items;
    }

    static String inputs(RunContext c) {
        return c.inputs().isEmpty() ? RenderMessages.UNKNOWN : String.join("、", c.inputs());
    }

    static String rules(RulesIdentity r) {
        return RulesLine.of(r);
    }

    private static Map<String, Object> item(String label, String value, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("value", value);
        m.put("id", id);
        return m;
    }
}
