// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.error;

import id.bingkai.core.i18n.Msg;
import java.util.Objects;

/**
 * One specific thing wrong with a pack: which file, which field (a JSON path such as
 * {@code frames[1].layers[0].file}, or empty), and why.
 */
public record Problem(String file, String field, Msg reason) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
