// SPDX-License-Identifier: Apache-2.0
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.instruction.DiscontinuedInstruction;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * {@code java src/build/java/UpgradeClassFiles.java JAR...}: rewrites, in place, every class of each JAR whose
 * class-file version is older than Java 8 (52) to version 52 with stack maps, using the JDK's own class-file API.
 *
 * <p>Why: the JDK's AOT cache (JEP 483/514/515) leaves out classes older than version 50, which the JVM must verify
 * with the old type-inferring verifier at every start. picocli 4.7.7 is built for Java 5 (version 49), so its ~170
 * classes were loaded, parsed and verified from the jar on every run of every command (docs/performance.md). The
 * bytecode is not changed, only re-emitted with a StackMapTable; every rewritten class is checked with the class-file
 * API's verifier before the jar is replaced. A jar with nothing to upgrade is left untouched (same bytes, same
 * time: the AOT cache checks the jars' modification times), so running it twice is harmless. Called by the Maven
 * build on target/lib (pom.xml) and so present in ./bingkai and in the packages; exits 1 naming the jar and the
 * class on failure.
 */
public final class UpgradeClassFiles {
    static final int TARGET = ClassFile.JAVA_8_VERSION;

    private UpgradeClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java UpgradeClassFiles.java JAR...");
            System.exit(2);
        }
        for (String arg : args) {
            Path jar = Path.of(arg);
            try {
                int n = upgrade(jar);
                if (n > 0) {
                    System.err.println("UpgradeClassFiles: " + jar + ": " + n + " classes rewritten to version "
                            + TARGET + " with stack maps");
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("UpgradeClassFiles: " + jar + ": " + e.getMessage());
                System.exit(1);
            }
        }
    }

    /** Upgrades JAR in place; returns how many classes were rewritten (0: the file was not touched). */
    static int upgrade(Path jar) throws IOException {
        List<String> old = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (isClass(entry) && majorVersion(zip, entry) < TARGET) {
                    old.add(entry.getName());
                }
            }
            if (old.isEmpty()) {
                return 0;
            }
            Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
                    OutputStream file = Files.newOutputStream(tmp);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                        ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                                .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    if (old.contains(entry.getName())) {
                        bytes = rewrite(cf, bytes, entry.getName());
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            if (Files.getFileStore(jar).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        }
        return old.size();
    }

    /** One class re-emitted at version 52: every method body passes through, so stack maps are generated. */
    static byte[] rewrite(ClassFile cf, byte[] bytes, String name) {
        ClassModel model = cf.parse(bytes);
        byte[] upgraded = cf.transformClass(model, ClassTransform.transformingMethodBodies(
                (code, element) -> {
                    if (element instanceof DiscontinuedInstruction) { // jsr/ret have no stack maps
                        throw new IllegalStateException(name + " uses jsr/ret, which version " + TARGET
                                + " does not allow");
                    }
                    code.with(element);
                }).andThen((b, element) -> {
                    if (element instanceof ClassFileVersion) {
                        b.withVersion(TARGET, 0);
                    } else {
                        b.with(element);
                    }
                }));
        List<VerifyError> errors = cf.verify(upgraded);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(name + " does not verify after the upgrade: " + errors.getFirst()
                    .getMessage());
        }
        return upgraded;
    }

    private static boolean isClass(ZipEntry entry) {
        String name = entry.getName();
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/");
    }

    /** The major version from the class file's header (bytes 6-7). */
    private static int majorVersion(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(8);
            return head.length < 8 ? Integer.MAX_VALUE : ((head[6] & 0xff) << 8) | (head[7] & 0xff);
        }
    }
}
