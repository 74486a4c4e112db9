// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

/**
 * Where a picture is shown, and how big, for the editor's row of true-size previews. Profile pictures are
 * cropped to the inscribed circle; a status fills a phone screen. Sources in docs/guidelines.md.
 *
 * @param circle    shown cropped to a circle
 * @param displayPx shown at this width in screen pixels
 */
public enum Platform {
    /** About 56 px in the contact list (no published figure; WhatsApp stores 640 px). */
    WHATSAPP(true, 56, "guideline.platform.whatsapp"),
    /** 110 px next to posts and in the profile header on a phone. */
    INSTAGRAM(true, 110, "guideline.platform.instagram"),
    /** 170 px on a desktop profile page. */
    FACEBOOK_DESKTOP(true, 170, "guideline.platform.facebook-desktop"),
    /** 128 px on a phone. */
    FACEBOOK_MOBILE(true, 128, "guideline.platform.facebook-mobile"),
    /** A 9:16 status or story on a 360 px wide phone screen. */
    STATUS(false, 360, "guideline.platform.status");

    private final boolean circle;
    private final int displayPx;
    private final String labelKey;

    Platform(boolean circle, int displayPx, String labelKey) {
        this.circle = circle;
        this.displayPx = displayPx;
        this.labelKey = labelKey;
    }

    public boolean circle() {
        return circle;
    }

    public int displayPx() {
        return displayPx;
    }

    public String labelKey() {
        return labelKey;
    }
}
