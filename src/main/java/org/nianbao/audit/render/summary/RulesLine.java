package org.nianbao.audit.render.summary;

import org.nianbao.audit.render.RenderMessages;

/** The rules a run used, in one line: "rules/（与本工具内置规则相同），版本 3f2a9c01be". */
public final class RulesLine {
    private RulesLine() {
    }

    public static String of(RulesIdentity r) {
        return RenderMessages.rules(r.location(), r.version(), r.provenance().name());
    }
}
