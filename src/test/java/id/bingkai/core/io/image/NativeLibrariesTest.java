// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which library names are tried, in which order, and that failures to load or bind mean "try the next". */
class NativeLibrariesTest {
    private static final String PROPERTY = "bingkai.test.native-library";
    private static final NativeLibraries.Names USUAL = new NativeLibraries.Names(List.of("w.dll"),
            List.of("m.dylib", "/opt/m.dylib"), List.of("u.so.1", "u.so"));
    private final String osName = System.getProperty("os.name");

    @AfterEach
    void restore() {
        System.clearProperty(PROPERTY);
        System.setProperty("os.name", osName);
    }

    @Test
    void theUsualNamesOfThisSystem() {
        System.setProperty("os.name", "Linux");
        assertThat(NativeLibraries.candidates(PROPERTY, USUAL)).containsExactly("u.so.1", "u.so");
        System.setProperty("os.name", "Windows 11");
        assertThat(NativeLibraries.candidates(PROPERTY, USUAL)).containsExactly("w.dll");
        System.setProperty("os.name", "Mac OS X");
        assertThat(NativeLibraries.candidates(PROPERTY, USUAL)).containsExactly("m.dylib", "/opt/m.dylib");
    }

    @Test
    void aPathInThePropertyComesFirst() {
        System.setProperty("os.name", "Linux");
        System.setProperty(PROPERTY, "/home/x/lib.so");

        assertThat(NativeLibraries.candidates(PROPERTY, USUAL)).containsExactly("/home/x/lib.so", "u.so.1", "u.so");
    }

    @Test
    void offInAnyCaseTurnsTheLibraryOffAndABlankValueIsIgnored() {
        System.setProperty("os.name", "Linux");
        System.setProperty(PROPERTY, "OFF");
        assertThat(NativeLibraries.candidates(PROPERTY, USUAL)).isEmpty();
        System.setProperty(PROPERTY, " ");
        assertThat(NativeLibraries.candidates(PROPERTY, USUAL)).containsExactly("u.so.1", "u.so");
    }

    @Test
    void namesAreCopied() {
        List<String> unix = new ArrayList<>(List.of("a.so"));
        NativeLibraries.Names names = new NativeLibraries.Names(List.of(), List.of(), unix);
        unix.add("b.so");

        assertThat(names.unix()).containsExactly("a.so");
    }

    @Test
    void theFirstNameThatLoadsAndBindsWins() {
        assumeTrue(osName.startsWith("Linux"), "glibc's libc.so.6 and libm.so.6 stand in for a real library");
        List<String> tried = new ArrayList<>();
        var found = NativeLibraries.first(List.of("libdoes-not-exist.so.9", "libc.so.6", "libm.so.6"),
                (lookup, name) -> {
                    tried.add(name);
                    if (lookup.find("printf").isEmpty()) {
                        throw new IllegalArgumentException("no printf in " + name);
                    }
                    return name;
                });

        assertThat(found).contains("libc.so.6");
        assertThat(tried).containsExactly("libc.so.6");
    }

    @Test
    void aLibraryThatLacksAFunctionIsPassedOver() {
        assumeTrue(osName.startsWith("Linux"), "glibc's libc.so.6 and libm.so.6 stand in for a real library");
        var found = NativeLibraries.first(List.of("libc.so.6", "libm.so.6"), (lookup, name) -> {
            if (lookup.find("cos").isEmpty()) {
                throw new IllegalArgumentException("no cos in " + name);
            }
            return name;
        });

        assertThat(found).contains("libm.so.6");
        assertThat(NativeLibraries.first(List.of("libc.so.6"), (lookup, name) -> {
            throw new IllegalStateException("refused");
        })).isEmpty();
        assertThat(NativeLibraries.first(List.of(), (lookup, name) -> name)).isEmpty();
    }
}
