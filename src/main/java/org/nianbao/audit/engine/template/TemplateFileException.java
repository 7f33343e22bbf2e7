package org.nianbao.audit.engine.template;

import java.util.List;
import org.nianbao.audit.engine.RuleDiagnostic;

/** The template files under rules/template/ are missing or invalid; every problem with its file and line. */
public final class TemplateFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleDiagnostic> diagnostics;

    public TemplateFileException(String root, List<RuleDiagnostic> diagnostics) {
        super(root + "template/：模板数据有 " + diagnostics.size() + " 处问题");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<RuleDiagnostic> diagnostics() {
        return diagnostics;
    }
}
