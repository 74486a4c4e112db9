// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Locale;

/** How much a finding matters: only {@link #BLOCKING} findings stop an export. */
public enum Severity {
    INFO, WARNING, BLOCKING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of the severity's short label. */
    public String labelKey() {
        return switch (this) {
            case INFO -> "guideline.severity.info";
            case WARNING -> "guideline.severity.warning";
            case BLOCKING -> "guideline.severity.blocking";
        };
    }
}
