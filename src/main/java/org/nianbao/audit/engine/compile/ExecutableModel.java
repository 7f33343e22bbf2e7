package org.nianbao.audit.engine.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The executable model of a rule set: DRL translated to Java once and saved as a kjar, which later runs
 * load without parsing or compiling DRL (drools-10-notes 4c: about half the start-up time). It is only
 * ever a faster form of rules that the classic compiler accepted: the executable model rejects some DRL
 * that classic takes and silently differs on a few constructs (notes E1–E6), so a kjar is only written
 * after the rule cases gave identical findings under both (see the {@code rules compile} command).
 */
public final class ExecutableModel {
    /** The kjar's list of its rule model classes, one per package ({@code META-INF/kie/…/drools-model}). */
    private static final String MODEL_LIST = "/drools-model";
    private static final String MODEL_VERSION = "Drools-Model-Version";

    private ExecutableModel() {
    }

    /** A translated rule set: its KieBase and the kjar bytes, or why the executable model refused it. */
    public record Build(KieBase base, byte[] kjar, List<String> errors) {
        public Build {
            errors = List.copyOf(errors);
        }

        public boolean succeeded() {
            return base != null && errors.isEmpty();
        }
    }

    /** Translates and compiles; never throws (a crash inside Drools is returned as an error). */
    public static Build build(SortedMap<String, String> drlFiles) {
        KieServices ks = KieServices.Factory.get();
        KieProject project = new KieProject(ks, drlFiles, DrlOutline.ofAll(drlFiles));
        try {
            return KieProject.exclusively(() -> {
                KieBuilder builder = ks.newKieBuilder(project.files()).buildAll(ExecutableModelProject.class);
                List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                        .map(m -> DroolsText.tidy(CompileMessages.flatten(m.getText()))).toList();
                if (!errors.isEmpty()) {
                    return new Build(null, null, errors);
                }
                InternalKieModule module = (InternalKieModule) builder.getKieModule();
                ReleaseId id = module.getReleaseId();
                KieBase base = ks.newKieContainer(id).getKieBase();
                byte[] kjar = module.getBytes();
                ks.getRepository().removeKieModule(id);
                return new Build(base, kjar, List.of());
            });
        } catch (Throwable e) { // NOPMD: the model generator throws raw runtime exceptions for DRL it cannot translate
            return new Build(null, null, List.of(CompileMessages.buildCrashed(e)));
        }
    }

    /**
     * The KieBase of a saved kjar; throws when the bytes are not a kjar this program can load. The rule
     * models the kjar lists are built straight into a KieBase: going through a KieContainer would parse its
     * kmodule.xml (400 JAXP classes on a cold JVM) and take about twice as long, for the same default base.
     */
    public static KieBase load(byte[] kjar) {
        Map<String, byte[]> entries = entries(kjar);
        String list = entries.entrySet().stream().filter(e -> e.getKey().endsWith(MODEL_LIST))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(MODEL_LIST + " missing: not an executable-model kjar"));
        ClassLoader loader = new KjarClassLoader(entries, ExecutableModel.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String line : list.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith(MODEL_VERSION)) {
                models.add(instantiate(loader, name));
            }
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException(MODEL_LIST + " lists no rule model");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Model instantiate(ClassLoader loader, String className) {
        try {
            return (Model) loader.loadClass(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException(className + ": " + e, e);
        }
    }

    /** Every file of the kjar by entry name. */
    private static Map<String, byte[]> entries(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
