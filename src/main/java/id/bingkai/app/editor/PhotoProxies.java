// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Preview-sized copies of the photos the editor shows. Each photo file is decoded once (subsampled by the
 * core loader) to at most {@link #PROXY_SIDE} pixels on its long side, then shrunk a few times in steps of
 * 1/sqrt(2); previews take the smallest copy that is big enough. A 48 MP photo thus costs a few megabytes and previews stay fast.
 * The full resolution is decoded only for export, by the core loader itself.
 */
public final class PhotoProxies implements PhotoSource {
    public static final int PROXY_SIDE = 2048;
    private static final int SMALLEST_SIDE = 256;
    private static final int KEEP = 3;
    private static final double STEP = Math.sqrt(0.5);

    private final PhotoFiles files;
    private final Map<Path, List<BufferedImage>> pyramids = new LinkedHashMap<>(8, 0.75f, true);
    private volatile boolean moving;

    public PhotoProxies(PhotoFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    /** Decodes the photo unless it is cached; call off the FX thread. */
    public void prepare(PhotoRef photo) {
        pyramid(photo);
    }

    public synchronized boolean isPrepared(PhotoRef photo) {
        return pyramids.containsKey(photo.path());
    }

    /**
     * While the hand moves the photo, previews may use a copy half as large as the renderer asks for (it asks
     * for generous oversampling); the preview after the gesture uses the full request again.
     */
    public void setMoving(boolean moving) {
        this.moving = moving;
    }

    @Override
    public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        if (moving) {
            minWidth = (minWidth + 1) / 2;
            minHeight = (minHeight + 1) / 2;
        }
        List<BufferedImage> levels = pyramid(photo);
        for (int i = levels.size() - 1; i >= 0; i--) {
            BufferedImage level = levels.get(i);
            if (level.getWidth() >= minWidth && level.getHeight() >= minHeight) {
                return level;
            }
        }
        return levels.getFirst();
    }

    private List<BufferedImage> pyramid(PhotoRef photo) {
        synchronized (this) {
            List<BufferedImage> cached = pyramids.get(photo.path());
            if (cached != null) {
                return cached;
            }
        }
        List<BufferedImage> levels = build(photo);
        synchronized (this) {
            pyramids.put(photo.path(), levels);
            while (pyramids.size() > KEEP) {
                pyramids.remove(pyramids.keySet().iterator().next());
            }
        }
        return levels;
    }

    private List<BufferedImage> build(PhotoRef photo) {
        double scale = Math.min(1.0, (double) PROXY_SIDE / Math.max(photo.width(), photo.height()));
        int w = Math.max(1, (int) Math.round(photo.width() * scale));
        int h = Math.max(1, (int) Math.round(photo.height() * scale));
        BufferedImage decoded = files.load(photo.path(), w, h);
        List<BufferedImage> levels = new ArrayList<>();
        BufferedImage level = shrinkTo(decoded, PROXY_SIDE);
        levels.add(level);
        // Steps of 1/sqrt(2): the level a preview uses is never much bigger than it asked for.
        while (Math.max(level.getWidth(), level.getHeight()) * STEP >= SMALLEST_SIDE) {
            level = scaled(level, Math.max(1, (int) Math.round(level.getWidth() * STEP)),
                    Math.max(1, (int) Math.round(level.getHeight() * STEP)));
            levels.add(level);
        }
        return List.copyOf(levels);
    }

    /** Halves until the long side fits, then one last bilinear step: no aliasing, little blur. */
    static BufferedImage shrinkTo(BufferedImage src, int longSide) {
        BufferedImage img = normalise(src);
        while (Math.max(img.getWidth(), img.getHeight()) >= 2 * longSide) {
            img = half(img);
        }
        int longNow = Math.max(img.getWidth(), img.getHeight());
        if (longNow <= longSide) {
            return img;
        }
        double s = (double) longSide / longNow;
        return scaled(img, Math.max(1, (int) Math.round(img.getWidth() * s)),
                Math.max(1, (int) Math.round(img.getHeight() * s)));
    }

    private static BufferedImage half(BufferedImage img) {
        return scaled(img, Math.max(1, img.getWidth() / 2), Math.max(1, img.getHeight() / 2));
    }

    private static BufferedImage scaled(BufferedImage img, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, img.getType());
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Java2D draws INT_RGB / INT_ARGB_PRE fastest; other layouts are converted once here. */
    private static BufferedImage normalise(BufferedImage img) {
        int type = img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        if (img.getType() == type) {
            return img;
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
        var g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }
}
