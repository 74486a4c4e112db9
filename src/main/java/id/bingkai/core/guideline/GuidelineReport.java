// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import java.util.List;

/** The findings of one check, most severe first. */
public record GuidelineReport(List<Finding> findings) {
    public GuidelineReport {
        findings = List.copyOf(findings);
    }

    /** Whether an export must stop: some finding is one the pack marks as blocking. */
    public boolean blocksExport() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    /** The findings shown with an export that goes ahead: warnings and notes. */
    public List<Finding> advisory() {
        return findings.stream().filter(f -> !f.blocking()).toList();
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
