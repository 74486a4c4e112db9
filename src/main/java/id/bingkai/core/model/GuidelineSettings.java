// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers the rules use, set per pack (and per frame) in the manifest's {@code guideline} block.
 * {@link #DEFAULT} holds Bingkai's defaults; docs/guidelines.md says where each number comes from.
 *
 * @param severities      severity of each rule; rules missing here use {@link Rule#defaultSeverity()}
 * @param off             rules not checked at all
 * @param whatsappCentre  diameter of WhatsApp's safe centre circle as a fraction of the inscribed circle
 * @param printSafeMarginMm text and logos stay at least this far inside the trim
 */
public record GuidelineSettings(Map<Rule, Severity> severities, Set<Rule> off, double whatsappCentre,
        Story story, Logo logo, Legibility legibility, Photo photo, double printSafeMarginMm) {
    /** Width of the image the screen logo minimum refers to: what Instagram and WhatsApp store. */
    public static final int REFERENCE_WIDTH = 1080;

    public static final GuidelineSettings DEFAULT = new GuidelineSettings(Map.of(), Set.of(), 0.8,
            new Story(0.14, 0.20), new Logo(0.25, 100, 15),
            new Legibility(4, 4.5, 3.0, Map.of(FrameKind.PROFILE, 110, FrameKind.STATUS, 360)),
            new Photo(1.5, 150), 5);

    public GuidelineSettings {
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
        off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(legibility, "legibility");
        Objects.requireNonNull(photo, "photo");
        requireFraction(whatsappCentre, "whatsappCentre");
        requirePositive(printSafeMarginMm, "printSafeMarginMm");
    }

    /** The severity findings of a rule get, or empty when the rule is switched off. */
    public Optional<Severity> severity(Rule rule) {
        if (off.contains(rule)) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(rule, rule.defaultSeverity()));
    }

    /**
     * Exactly these rules block an export: listed rules become blocking, rules blocking by default but not
     * listed become warnings (the pack's {@code "blocking": [...]}).
     */
    public GuidelineSettings withBlocking(Set<Rule> blocking) {
        Map<Rule, Severity> s = new EnumMap<>(Rule.class);
        s.putAll(severities);
        for (Rule rule : Rule.values()) {
            if (blocking.contains(rule)) {
                s.put(rule, Severity.BLOCKING);
            } else if (severity(rule).orElse(rule.defaultSeverity()) == Severity.BLOCKING) {
                s.put(rule, Severity.WARNING);
            }
        }
        return new GuidelineSettings(s, off, whatsappCentre, story, logo, legibility, photo, printSafeMarginMm);
    }

    /** The same settings with these rules switched off (the pack's {@code "off": [...]}). */
    public GuidelineSettings withOff(Set<Rule> rules) {
        return new GuidelineSettings(severities, rules, whatsappCentre, story, logo, legibility, photo,
                printSafeMarginMm);
    }

    public GuidelineSettings withWhatsappCentre(double fraction) {
        return new GuidelineSettings(severities, off, fraction, story, logo, legibility, photo, printSafeMarginMm);
    }

    public GuidelineSettings withStory(Story s) {
        return new GuidelineSettings(severities, off, whatsappCentre, s, logo, legibility, photo, printSafeMarginMm);
    }

    public GuidelineSettings withLogo(Logo l) {
        return new GuidelineSettings(severities, off, whatsappCentre, story, l, legibility, photo, printSafeMarginMm);
    }

    public GuidelineSettings withLegibility(Legibility l) {
        return new GuidelineSettings(severities, off, whatsappCentre, story, logo, l, photo, printSafeMarginMm);
    }

    public GuidelineSettings withPhoto(Photo p) {
        return new GuidelineSettings(severities, off, whatsappCentre, story, logo, legibility, p, printSafeMarginMm);
    }

    public GuidelineSettings withPrintSafeMarginMm(double mm) {
        return new GuidelineSettings(severities, off, whatsappCentre, story, logo, legibility, photo, mm);
    }

    /** Bands of a 9:16 story kept free of text and logos, as fractions of the canvas height. */
    public record Story(double top, double bottom) {
        public Story {
            if (!(top >= 0 && bottom >= 0) || top + bottom >= 1) {
                throw new IllegalArgumentException("story bands leave no room: " + top + " + " + bottom);
            }
        }
    }

    /**
     * @param clearSpace     free space around a logo, as a fraction of the logo's height
     * @param minPixels      smallest logo height on screen, in pixels of a {@value #REFERENCE_WIDTH} px wide image
     * @param minMillimetres smallest logo height in print
     */
    public record Logo(double clearSpace, double minPixels, double minMillimetres) {
        public Logo {
            if (!(clearSpace >= 0 && clearSpace <= 2)) {
                throw new IllegalArgumentException("logo.clearSpace must be within 0..2: " + clearSpace);
            }
            requirePositive(minPixels, "logo.minPixels");
            requirePositive(minMillimetres, "logo.minMillimetres");
        }
    }

    /**
     * @param minGlyphPixels   x-height (cap height for text without lower case) at the smallest display size
     * @param minContrast      WCAG contrast ratio for normal text
     * @param minContrastLarge WCAG contrast ratio for large text (24 px, or 18.66 px bold, at display size)
     * @param displayWidth     the smallest width a platform shows a frame of each kind at, in screen pixels;
     *                         kinds missing here are judged at {@value #REFERENCE_WIDTH} px
     */
    public record Legibility(double minGlyphPixels, double minContrast, double minContrastLarge,
            Map<FrameKind, Integer> displayWidth) {
        public Legibility {
            requirePositive(minGlyphPixels, "legibility.minGlyphPixels");
            if (!(minContrast >= 1 && minContrast <= 21) || !(minContrastLarge >= 1 && minContrastLarge <= 21)) {
                throw new IllegalArgumentException("contrast ratios must be within 1..21");
            }
            displayWidth = displayWidth.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(displayWidth));
            displayWidth.values().forEach(w -> {
                if (w < 16 || w > 20_000) {
                    throw new IllegalArgumentException("display width out of range 16..20000: " + w);
                }
            });
        }

        public int displayWidth(FrameKind kind) {
            return displayWidth.getOrDefault(kind, REFERENCE_WIDTH);
        }
    }

    /**
     * @param maxUpscale  largest enlargement of the photo's own pixels on screen output (1.5 = 150 %)
     * @param minPrintPpi lowest effective resolution of the photo at its printed size
     */
    public record Photo(double maxUpscale, double minPrintPpi) {
        public Photo {
            if (!(maxUpscale >= 1) || !Double.isFinite(maxUpscale)) {
                throw new IllegalArgumentException("photo.maxUpscale must be at least 1: " + maxUpscale);
            }
            requirePositive(minPrintPpi, "photo.minPrintPpi");
        }
    }

    private static void requireFraction(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number: " + value);
        }
    }
}
