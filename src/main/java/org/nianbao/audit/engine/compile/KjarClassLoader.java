package org.nianbao.audit.engine.compile;

import java.util.Map;

/**
 * Defines the classes of a saved kjar on demand, from its bytes in memory, and drops each class's bytes
 * once it is defined. Its parent sees this program's and Drools' classes, which the generated code calls.
 * Building the KieBase defines nearly all of them on the loading thread; parallel capable all the same,
 * since nothing stops a session from reaching a class first.
 */
final class KjarClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Class file bytes by entry name ("rules/fees/LambdaConsequence1.class"), until defined; concurrent. */
    private final Map<String, byte[]> classes;

    KjarClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.remove(name.replace('.', '/') + ".class");
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
