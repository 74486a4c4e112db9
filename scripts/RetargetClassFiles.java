// SPDX-License-Identifier: Apache-2.0

import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.lang.reflect.AccessFlag;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code java scripts/RetargetClassFiles.java JAR...}: rewrites the Java 5 class files (version 49) of a jar as
 * Java 8 ones (52) with stack maps, computed by the JDK's class-file API; the bytecode itself is unchanged. The
 * JDK's AOT cache cannot link classes older than version 50, so picocli (compiled for Java 5) was loaded, verified
 * by the old inference verifier and interpreted on every start: ~25 ms of every ./bingkai command. ./bingkai runs
 * this on target/lib/picocli-*.jar before it records the cache.
 *
 * <p>Every rewritten class is then loaded and initialised from the new jar in a class loader of its own; the jar
 * is replaced (atomically) only when all of them pass the verifier. A jar with nothing to rewrite is left alone.
 * Exit status 0 when the jar is done (or had nothing to do), 1 when it was left as it was.
 */
public final class RetargetClassFiles {
    private static final int OLDEST_LINKABLE = 50;
    private static final int TARGET = ClassFile.JAVA_8_VERSION;
    private static final String NOTICE = "META-INF/BINGKAI-RETARGETED.txt";

    private RetargetClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        int status = 0;
        for (String arg : args) {
            try {
                System.out.println(arg + ": " + retarget(Path.of(arg)));
            } catch (IOException | RuntimeException | LinkageError e) {
                System.err.println(arg + ": left as it was: " + e);
                status = 1;
            }
        }
        System.exit(status);
    }

    /** Rewrites the jar in place; returns what was done. */
    static String retarget(Path jar) throws IOException {
        Map<String, Entry> entries = read(jar);
        ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(hierarchy(entries)),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        Set<String> rewritten = new HashSet<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (isClass(e.getKey())) {
                ClassModel model = classFile.parse(e.getValue().bytes());
                if (model.majorVersion() < OLDEST_LINKABLE) {
                    byte[] bytes = classFile.transformClass(model,
                            ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                                    .andThen(ClassTransform.endHandler(b -> b.withVersion(TARGET, 0))));
                    e.setValue(new Entry(e.getValue().entry(), bytes));
                    rewritten.add(e.getKey());
                }
            }
        }
        if (rewritten.isEmpty()) {
            return "nothing to do";
        }
        entries.put(NOTICE, new Entry(new ZipEntry(NOTICE), notice(rewritten.size()).getBytes(StandardCharsets.UTF_8)));
        Path temp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".retarget-", ".jar");
        try {
            write(entries, temp);
            verify(temp, rewritten);
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return rewritten.size() + " classes rewritten as version " + TARGET;
    }

    private record Entry(ZipEntry entry, byte[] bytes) {
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/");
    }

    private static Map<String, Entry> read(Path jar) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), new Entry(e, in.readAllBytes()));
            }
        }
        return entries;
    }

    /** Stack maps merge types: the jar's own classes are looked up in the jar, the rest in the JDK. */
    private static ClassHierarchyResolver hierarchy(Map<String, Entry> entries) {
        Set<ClassDesc> interfaces = new HashSet<>();
        Map<ClassDesc, ClassDesc> superclasses = new HashMap<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (isClass(e.getKey())) {
                ClassModel model = ClassFile.of().parse(e.getValue().bytes());
                ClassDesc self = model.thisClass().asSymbol();
                if (model.flags().has(AccessFlag.INTERFACE)) {
                    interfaces.add(self);
                } else {
                    superclasses.put(self, model.superclass().map(c -> c.asSymbol()).orElse(null));
                }
            }
        }
        return ClassHierarchyResolver.of(interfaces, superclasses).orElse(ClassHierarchyResolver.defaultResolver());
    }

    private static void write(Map<String, Entry> entries, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getValue().entry().getLastModifiedTime() != null) {
                    entry.setLastModifiedTime(e.getValue().entry().getLastModifiedTime());
                }
                out.putNextEntry(entry);
                out.write(e.getValue().bytes());
                out.closeEntry();
            }
        }
    }

    /**
     * Loads and initialises every rewritten class from the new jar, so that the verifier checks each method; a
     * class that fails for another reason (an optional library that is absent) is not the rewrite's doing.
     */
    private static void verify(Path jar, Set<String> classes) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(binary, true, loader);
                } catch (VerifyError | ClassFormatError e) {
                    throw e;
                } catch (ClassNotFoundException | LinkageError e) {
                    // not about the class file's format
                }
            }
        }
    }

    private static String notice(int classes) {
        return String.join("\n", List.of(
                "The " + classes + " Java 5 class files of this jar were rewritten as Java 8 class files (version "
                        + TARGET + ") with stack maps by Bingkai's scripts/RetargetClassFiles.java,",
                "so that the JDK's AOT cache can hold them. The bytecode instructions are unchanged.", ""));
    }
}
