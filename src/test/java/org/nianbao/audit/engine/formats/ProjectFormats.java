package org.nianbao.audit.engine.formats;

import java.nio.file.Path;
import org.nianbao.audit.engine.RulesSource;
import org.nianbao.audit.model.TemplateSchedule;

/** The schedule of the project's rules/formats.properties, read once: tests follow the data, not a copy of it. */
public final class ProjectFormats {
    private static TemplateSchedule schedule;

    private ProjectFormats() {
    }

    public static synchronized TemplateSchedule get() {
        if (schedule == null) {
            schedule = FormatsFile.load(RulesSource.of(Path.of("rules")));
        }
        return schedule;
    }
}
