// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import id.bingkai.app.editor.PhotoFiles;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.PhotoRef;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The editor's photo files without files: every name is a 4000x3000 photo, except names containing "rusak" (broken). */
public final class FakePhotos implements PhotoFiles {
    public final List<String> loads = new ArrayList<>();

    @Override
    public PhotoRef ref(Path file) {
        if (file.toString().contains("rusak")) {
            throw new BadInputException(file, Msg.of("test.broken"));
        }
        return new PhotoRef(file, 4000, 3000);
    }

    @Override
    public BufferedImage load(Path file, int minWidth, int minHeight) {
        loads.add(file + "@" + minWidth + "x" + minHeight);
        int w = Math.max(minWidth, 1);
        int h = Math.max(minHeight, 1);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
