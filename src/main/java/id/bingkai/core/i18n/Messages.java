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

    /** Indonesian unless the system (or the user's choice) is English. */
    public static Messages forSystem() {
        return new Messages(Locale.getDefault());
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
