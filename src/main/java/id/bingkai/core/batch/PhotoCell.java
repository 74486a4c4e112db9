// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Msg;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The photo column of a row as a file: relative to the sheet's folder, or absolute. Sheets are mostly made on
 * Windows, so {@code foto\desiree.jpg} means the same as {@code foto/desiree.jpg} everywhere; a Windows absolute
 * path ({@code C:\...}, {@code \\server\...}) names a disk that is not here, so the user is asked to put the photos
 * beside the sheet instead.
 *
 * @param file    the photo, when the cell names one
 * @param problem why the cell names no usable file
 */
public record PhotoCell(Path file, Msg problem) {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:[\\\\/]|\\\\\\\\).*");

    public static PhotoCell resolve(Path base, String cell) {
        if (WINDOWS_ABSOLUTE.matcher(cell).matches() && File.separatorChar != '\\') {
            return new PhotoCell(null, Msg.of("batch.row.error.photo-windows-path", cell));
        }
        String path = File.separatorChar == '\\' ? cell : cell.replace('\\', '/');
        try {
            return new PhotoCell(base.resolve(path), null);
        } catch (InvalidPathException e) {
            return new PhotoCell(null, Msg.of("batch.row.error.photo-path", cell));
        }
    }

    public boolean usable() {
        return file != null;
    }
}
