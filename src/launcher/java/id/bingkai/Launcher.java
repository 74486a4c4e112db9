// SPDX-License-Identifier: Apache-2.0
package id.bingkai;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The jar's entry point, compiled for Java 8 (a separate compiler run, see pom.xml) so that {@code java -jar} on an
 * older Java can still say kindly, in Indonesian and English, that Bingkai needs Java 25, instead of an
 * UnsupportedClassVersionError. On Java 25 it hands over to {@link Main} at once. Uses nothing newer than Java 8.
 */
public final class Launcher {
    static final int NEEDED = 25;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int found = feature(System.getProperty("java.specification.version", "0"));
        if (found < NEEDED) {
            System.err.println(message(found, System.getProperty("java.home", "?"), english(args)));
            System.exit(1);
            return;
        }
        Method main = Class.forName("id.bingkai.Main").getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** "1.8" is 8, "17" is 17. */
    static int feature(String specification) {
        String s = specification.startsWith("1.") ? specification.substring(2) : specification;
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(s.substring(0, end));
    }

    static boolean english(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--lang=en".equals(args[i]) || ("--lang".equals(args[i]) && i + 1 < args.length
                    && "en".equals(args[i + 1]))) {
                return true;
            }
        }
        return "en".equals(Locale.getDefault().getLanguage()) && System.getenv("LANG") != null
                && System.getenv("LANG").startsWith("en");
    }

    /** The message from the program's own bundle (plain ASCII, so Java 8's Latin-1 reading of it is right). */
    static String message(int found, String javaHome, boolean englishFirst) {
        String id = text(new Locale("id"), found, javaHome);
        String en = text(Locale.ENGLISH, found, javaHome);
        return englishFirst ? en + "\n\n" + id : id + "\n\n" + en;
    }

    private static String text(Locale locale, int found, String javaHome) {
        ResourceBundle bundle = ResourceBundle.getBundle("id.bingkai.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("launcher.old-java"), locale)
                .format(new Object[] {String.valueOf(NEEDED), String.valueOf(found), javaHome});
    }
}
