package org.nianbao.audit.engine.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.conf.DeclarativeAgendaOption;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.conf.SequentialOption;

/**
 * The executable model of a rule set: DRL translated to Java once and saved as a kjar, which later runs
 * load without parsing or compiling DRL (drools-10-notes 4c: about half the start-up time). It is only
 * ever a faster form of rules that the classic compiler accepted: the executable model rejects some DRL
 * that classic takes and silently differs on a few constructs (notes E1–E6), so a kjar is only written
 * after the rule cases gave identical findings under both (see the build step {@code BundledRulesPrecompiler}).
 */
public final class ExecutableModel {
    /** The kjar's list of its rule model classes, one per package ({@code META-INF/kie/…/drools-model}). */
    private static final String MODEL_LIST = "/drools-model";
    private static final String MODEL_VERSION = "Drools-Model-Version";

    private ExecutableModel() {
    }

    /** A translated rule set: the kjar bytes, or why the executable model refused it. */
    public record Build(byte[] kjar, List<String> errors) {
        public Build {
            errors = List.copyOf(errors);
        }

        public boolean succeeded() {
            return kjar != null && errors.isEmpty();
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
                    return new Build(null, errors);
                }
                InternalKieModule module = (InternalKieModule) builder.getKieModule();
                byte[] kjar = module.getBytes();
                ks.getRepository().removeKieModule(module.getReleaseId());
                return new Build(kjar, List.of());
            });
        } catch (Throwable e) { // NOPMD: the model generator throws raw runtime exceptions for DRL it cannot translate
            return new Build(null, List.of(CompileMessages.buildCrashed(e)));
        }
    }

    /**
     * The KieBase of a saved kjar; throws when the bytes are not a kjar this program can load. The rule
     * models the kjar lists are built straight into a KieBase: going through a KieContainer would parse its
     * kmodule.xml (400 JAXP classes on a cold JVM) and take about twice as long, for the same default base.
     */
    public static KieBase load(byte[] kjar) {
        Map<String, byte[]> classes = new ConcurrentHashMap<>();
        List<String> lists = new ArrayList<>();
        entries(kjar, classes, lists);
        if (lists.size() != 1) {
            throw new IllegalArgumentException(lists.size() + " " + MODEL_LIST + " lists: not a kjar of one rule set");
        }
        String list = lists.get(0);
        ClassLoader loader = new KjarClassLoader(classes, ExecutableModel.class.getClassLoader());
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
        return KieBaseBuilder.createKieBaseFromModel(models, defaultOptions());
    }

    /**
     * The options a KieContainer gives a kmodule's default base, set explicitly: left to the environment,
     * a {@code -Ddrools.*} property would change precompiled audits only.
     */
    private static KieBaseConfiguration defaultOptions() {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(EqualityBehaviorOption.IDENTITY);
        conf.setOption(EventProcessingOption.CLOUD);
        conf.setOption(DeclarativeAgendaOption.DISABLED);
        conf.setOption(SequentialOption.NO);
        return conf;
    }

    private static Model instantiate(ClassLoader loader, String className) {
        try {
            return (Model) loader.loadClass(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException(className + ": " + e, e);
        }
    }

    /** The kjar's class files by entry name, and the text of its model lists. */
    private static void entries(byte[] kjar, Map<String, byte[]> classes, List<String> modelLists) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    classes.put(e.getName(), zip.readAllBytes());
                } else if (e.getName().endsWith(MODEL_LIST)) {
                    modelLists.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
