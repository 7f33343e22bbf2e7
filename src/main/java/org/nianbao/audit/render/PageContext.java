package org.nianbao.audit.render;

import java.util.List;

/**
 * What an agency page knows of the batch it belongs to: the input folders (to show its file relative to
 * them, never as an absolute path) and the rules it was judged by. Pages link to index.html and rules.html,
 * which the audit writes next to them. Nothing here changes between two runs over the same input.
 */
public record PageContext(List<String> inputs, String rules) {
    public static final PageContext NONE = new PageContext(List.of(), null);

    public PageContext {
        inputs = List.copyOf(inputs);
    }
}
