// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Optional;

/**
 * The guideline rules Bingkai checks. The id is what packs, the CLI's JSON and the docs use
 * (docs/guidelines.md); the default severity applies unless the pack says otherwise.
 */
public enum Rule {
    CIRCLE_CROP("circle-crop", Severity.WARNING, "guideline.rule.circle-crop"),
    WHATSAPP_CENTRE("whatsapp-centre", Severity.INFO, "guideline.rule.whatsapp-centre"),
    STORY_BANDS("story-bands", Severity.WARNING, "guideline.rule.story-bands"),
    LOGO_CLEAR_SPACE("logo-clear-space", Severity.WARNING, "guideline.rule.logo-clear-space"),
    LOGO_MIN_SIZE("logo-min-size", Severity.WARNING, "guideline.rule.logo-min-size"),
    LOGO_INTEGRITY("logo-integrity", Severity.BLOCKING, "guideline.rule.logo-integrity"),
    AGENCY_LOGO_SIZE("agency-logo-size", Severity.WARNING, "guideline.rule.agency-logo-size"),
    LEGIBILITY("legibility", Severity.WARNING, "guideline.rule.legibility"),
    PHOTO_RESOLUTION("photo-resolution", Severity.WARNING, "guideline.rule.photo-resolution"),
    PHOTO_COVERAGE("photo-coverage", Severity.BLOCKING, "guideline.rule.photo-coverage"),
    PRINT_MARGINS("print-margins", Severity.WARNING, "guideline.rule.print-margins");

    private final String id;
    private final Severity defaultSeverity;
    private final String nameKey;

    Rule(String id, Severity defaultSeverity, String nameKey) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.nameKey = nameKey;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The bundle key of the rule's short name, e.g. "Potongan lingkaran". */
    public String nameKey() {
        return nameKey;
    }

    public static Optional<Rule> fromId(String id) {
        return EnumIds.find(values(), Rule::id, id);
    }
}
