// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: every visible string comes from {@code id/bingkai/i18n/messages_<lang>.properties}.
 * Indonesian is the default; languages without a bundle fall back to it.
 */
public final class Messages {
    public static final String BUNDLE = "id.bingkai.i18n.messages";
    public static final Locale INDONESIAN = Locale.of("id");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale requested) {
        Locale chosen = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        this.locale = chosen;
        this.bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language the system asks for: Indonesian unless the user's locale was explicitly set to English.
     * On Unix an unset or C/POSIX locale is not a choice (the JVM reports it as English), so it stays Indonesian.
     */
    public static Locale systemLanguage(java.util.Map<String, String> env, Locale jvmDefault, boolean windows) {
        if (!"en".equals(jvmDefault.getLanguage())) {
            return INDONESIAN;
        }
        if (windows) {
            return Locale.ENGLISH;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en") ? Locale.ENGLISH : INDONESIAN;
            }
        }
        return INDONESIAN;
    }

    /** {@link #systemLanguage} for this process. */
    public static Locale systemLanguage() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return systemLanguage(System.getenv(), Locale.getDefault(), windows);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat, so '' means one apostrophe whether or not there are arguments.
        return new MessageFormat(pattern, locale).format(args);
    }

    public String format(Msg msg) {
        Object[] args = msg.args().stream().map(a -> a instanceof Msg m ? format(m) : a).toArray();
        return get(msg.key(), args);
    }
}
