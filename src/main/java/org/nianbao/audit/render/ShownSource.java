package org.nianbao.audit.render;

import java.util.List;

/**
 * An input file as pages show it: relative to the input folder it was found in, that folder's own name
 * first ("seeds/000.txt" for fixtures/seeds/000.txt), never an absolute path; a file named on the command
 * line shows its file name. The outputs for machines (JSON, CSV, SARIF) keep the path as given.
 */
public final class ShownSource {
    private ShownSource() {
    }

    /** @param inputs the PATH arguments as given ('/' or '\' separators) */
    public static String of(String source, List<String> inputs) {
        if (source == null) {
            return "";
        }
        String s = stripDot(source.replace('\\', '/'));
        for (String input : inputs) {
            String root = trimSlashes(input.replace('\\', '/'));
            if (s.equals(root)) {
                return fileName(s);
            }
            String prefix = root.isEmpty() || root.equals(".") ? "" : root + "/";
            if (!prefix.isEmpty() && s.startsWith(prefix)) {
                String name = fileName(root);
                String rest = s.substring(prefix.length());
                return name.isEmpty() || name.equals(".") || name.equals("..") ? rest : name + "/" + rest;
            }
        }
        return absolute(s) ? fileName(s) : stripDot(s);
    }

    private static boolean absolute(String s) {
        return s.startsWith("/") || s.matches("^[A-Za-z]:/.*");
    }

    private static String stripDot(String s) {
        return s.startsWith("./") ? s.substring(2) : s;
    }

    private static String trimSlashes(String s) {
        String t = s;
        while (t.length() > 1 && t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return stripDot(t);
    }

    private static String fileName(String s) {
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(slash + 1);
    }
}
