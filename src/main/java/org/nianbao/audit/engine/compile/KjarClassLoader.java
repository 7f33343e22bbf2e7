package org.nianbao.audit.engine.compile;

import java.util.Map;

/**
 * Defines the classes of a saved kjar on demand, from its bytes in memory. Its parent sees this program's
 * and Drools' classes, which the generated code calls. Parallel capable: sessions on several threads may
 * touch a class of the model for the first time at once.
 */
final class KjarClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Class file bytes by entry name ("rules/fees/LambdaConsequence1.class"). */
    private final Map<String, byte[]> classes;

    KjarClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/') + ".class");
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
