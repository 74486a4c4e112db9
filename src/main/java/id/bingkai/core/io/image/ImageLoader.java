// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.disk.Disk;
import id.bingkai.core.io.disk.SystemDisk;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes photos and layer images defensively: format sniffed from content, declared size checked against the
 * pixel budget before allocation, subsampled to the size needed, EXIF orientation applied, sRGB out.
 * Every failure is a {@link id.bingkai.core.error.BadInputException} naming the file and the reason.
 * Holds no state besides the budget, so one instance may serve several batch threads at once.
 *
 * <p>JPEGs are decoded by the system's libjpeg-turbo when it is installed (through FFM, see
 * {@link ScalingJpegDecoder}, implemented in {@code core.io.image.turbo}): about twice as fast as the JDK's decoder, and scaled in the DCT domain, which is both
 * faster and a proper low-pass filter. Format sniffing, the budget, EXIF orientation and the sRGB conversion stay
 * the same for both paths; anything libjpeg-turbo cannot take (CMYK, damaged files) goes through ImageIO.
 *
 * <p>HEIC and AVIF go through the system's libheif when it is installed ({@link HeifDecoder}, implemented in
 * {@code core.io.image.heif}): the same budget check on the header, the container's own orientation, the same sRGB
 * conversion; without the library the user is told how to convert the photo.
 */
public final class ImageLoader implements PhotoSource {
    /**
     * Oversampling asked of the renderer for photos that libjpeg-turbo scales in the DCT domain. The decoded image
     * is already a filtered reduction, so the output size itself is enough: measured against a full decode with a
     * Lanczos downscale, the photo area stays above 42 dB PSNR (docs/performance.md), where ImageIO's point
     * subsampling needs {@link PhotoSource#DEFAULT_OVERSAMPLING} to avoid aliasing.
     */
    public static final double DCT_OVERSAMPLING = 1;
    /** Formats we promise to read; other ImageIO plugins (WBMP accepts almost any bytes) are not asked. */
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp", "webp", "tiff", "bigtiff",
            "psd");

    /** A HEIF file larger than this is refused before libheif sees it; real photos are a few MB, even at 48 MP. */
    private static final long MAX_HEIF_FILE_BYTES = 256L << 20;

    private final PixelBudget budget;
    private final ScalingJpegDecoder scaling;
    private final HeifDecoder heif;
    private final Disk disk;

    /**
     * @param fastJpeg the JPEG decoder to try first (the system's libjpeg-turbo: {@code TurboJpegDecoder.system()});
     *                 empty decodes everything through ImageIO
     */
    public ImageLoader(PixelBudget budget, Optional<? extends ScalingJpegDecoder> fastJpeg) {
        this(budget, fastJpeg, Optional.empty(), new SystemDisk());
    }

    /** @param disk where a photo's path is checked (exists, is a regular, readable, non-empty file) before reading */
    public ImageLoader(PixelBudget budget, Optional<? extends ScalingJpegDecoder> fastJpeg, Disk disk) {
        this(budget, fastJpeg, Optional.empty(), disk);
    }

    /**
     * @param fastJpeg as above
     * @param heif     the HEIC/AVIF decoder (the system's libheif: {@code LibHeifDecoder.system()}); empty tells the
     *                 user to convert such photos
     */
    public ImageLoader(PixelBudget budget, Optional<? extends ScalingJpegDecoder> fastJpeg,
            Optional<? extends HeifDecoder> heif) {
        this(budget, fastJpeg, heif, new SystemDisk());
    }

    /** The full form: {@code disk} is where a photo's path is checked before reading. */
    public ImageLoader(PixelBudget budget, Optional<? extends ScalingJpegDecoder> fastJpeg,
            Optional<? extends HeifDecoder> heif, Disk disk) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.scaling = fastJpeg.orElse(null);
        this.heif = heif.orElse(null);
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /** Whether HEIC and AVIF photos can be opened (libheif is installed). */
    public boolean readsHeif() {
        return heif != null;
    }

    /** Whether JPEGs go through libjpeg-turbo. */
    public boolean usesLibjpegTurbo() {
        return scaling != null;
    }

    public PixelBudget budget() {
        return budget;
    }

    /** Reads only the header: format, oriented size, orientation. */
    public ImageInfo probe(Path file) {
        FileChecks.requireRegularFile(disk, file);
        String heifFormat = heifFormat(file);
        if (heifFormat != null) {
            HeifDecoder.Header header = heif.header(heifFile(file), file, heifFormat, budget);
            checkDeclared(file, heifFormat, header.width(), header.height());
            return new ImageInfo(file, heifFormat, header.width(), header.height(), 1);
        }
        return withReader(file, () -> ImageIO.createImageInputStream(file.toFile()), opened -> {
            int w = opened.reader().getWidth(0);
            int h = opened.reader().getHeight(0);
            checkDeclared(file, opened.format(), w, h);
            boolean swap = opened.orientation().swapsAxes();
            return new ImageInfo(file, opened.format(), swap ? h : w, swap ? w : h,
                    opened.orientation().exifValue());
        });
    }

    /** A reference to the photo for a document (path + oriented full size). */
    public PhotoRef ref(Path file) {
        ImageInfo info = probe(file);
        return new PhotoRef(file, info.width(), info.height());
    }

    /**
     * Decodes a file, upright and in sRGB, subsampled as far as possible while staying at least
     * {@code minWidth} x {@code minHeight} (in oriented pixels). {@code 0, 0} means full resolution.
     */
    public BufferedImage load(Path file, int minWidth, int minHeight) {
        checkMinimum(minWidth, minHeight);
        FileChecks.requireRegularFile(disk, file);
        String heifFormat = heifFormat(file);
        if (heifFormat != null) {
            return decodeHeif(heifFile(file), file, heifFormat);
        }
        return withReader(file, () -> ImageIO.createImageInputStream(file.toFile()),
                opened -> decode(file, opened, minWidth, minHeight,
                        (w, h) -> scaling.decode(file, w, h, budget)));
    }

    /** Same as {@link #load} for bytes already in memory (pack layers); {@code name} is used in messages. */
    public BufferedImage read(byte[] data, Path name, int minWidth, int minHeight) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(name, "name");
        checkMinimum(minWidth, minHeight);
        if (data.length == 0) {
            throw new BadInputException(name, Msg.of("image.error.empty"));
        }
        String heifFormat = heif == null ? null : lower(ContentSniffer.heifKind(data));
        if (heifFormat != null) {
            return decodeHeif(new HeifDecoder.Source.Bytes(data), name, heifFormat);
        }
        return withReader(name, () -> new ByteArrayImageInputStream(data),
                opened -> decode(name, opened, minWidth, minHeight,
                        (w, h) -> scaling.decode(data, w, h, budget)));
    }

    @Override
    public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        return load(photo.path(), minWidth, minHeight);
    }

    /** 1 for a JPEG that libjpeg-turbo will scale in the DCT domain, else the default for point subsampling. */
    @Override
    public double oversampling(PhotoRef photo) {
        return scaling != null && scaling.accepts(photo.path(), budget) ? DCT_OVERSAMPLING
                : PhotoSource.DEFAULT_OVERSAMPLING;
    }

    private BufferedImage decode(Path name, Opened opened, int minWidth, int minHeight, FastJpeg fast)
            throws IOException {
        ImageReader reader = opened.reader();
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        checkDeclared(name, opened.format(), w, h);
        Orientation orientation = opened.orientation();
        boolean swap = orientation.swapsAxes();
        if (scaling != null && "jpeg".equals(opened.format())) {
            Optional<ScalingJpegDecoder.Decoded> decoded = fast.decode(swap ? minHeight : minWidth,
                    swap ? minWidth : minHeight);
            if (decoded.isPresent()) {
                return Upright.of(SrgbConversion.apply(decoded.get().image(), profile(decoded.get())), orientation);
            }
        }
        int n = Subsampling.factor(swap ? h : w, swap ? w : h, minWidth, minHeight);
        long decodedWidth = ceilDiv(w, n);
        long decodedHeight = ceilDiv(h, n);
        if (decodedWidth * decodedHeight > budget.maxDecodedPixels()) {
            throw new BadInputException(name, Msg.of("image.error.too-large-decoded", decodedWidth, decodedHeight,
                    megapixels(budget.maxDecodedPixels())));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        if (n > 1) {
            param.setSourceSubsampling(n, n, 0, 0);
        }
        ICC_Profile embedded = "png".equals(opened.format()) ? PngProfile.read(reader) : null;
        TruncationListener truncation = new TruncationListener();
        reader.addIIOReadWarningListener(truncation);
        BufferedImage decoded = reader.read(0, param);
        if (truncation.truncated()) {
            throw damaged(name, opened.format(), null);
        }
        return Upright.of(SrgbConversion.apply(decoded, embedded), orientation);
    }

    /** "heic" or "avif" when libheif is there and the file's first bytes say so; null otherwise. */
    private String heifFormat(Path file) {
        if (heif == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return lower(ContentSniffer.heifKind(in.readNBytes(256)));
        } catch (IOException e) {
            throw new BadInputException(file, Msg.of("image.error.unreadable"), e);
        }
    }

    /** The file for the decoder to read, once, where libheif can use it; refused when absurdly big. */
    private static HeifDecoder.Source heifFile(Path file) {
        try {
            if (Files.size(file) > MAX_HEIF_FILE_BYTES) {
                throw new BadInputException(file, Msg.of("image.error.too-large-file", MAX_HEIF_FILE_BYTES >> 20));
            }
        } catch (IOException e) {
            throw new BadInputException(file, Msg.of("image.error.unreadable"), e);
        }
        return new HeifDecoder.Source.File(file);
    }

    /**
     * One read and one parse: the decoder hands over the header before decoding, and the pixel budget refuses it
     * there. libheif has no reduced decode: the whole image is decoded, so the decoded budget applies to its full
     * size.
     */
    private BufferedImage decodeHeif(HeifDecoder.Source source, Path name, String format) {
        HeifDecoder.Decoded decoded = heif.decode(source, name, format, budget, header -> {
            checkDeclared(name, format, header.width(), header.height());
            if ((long) header.width() * header.height() > budget.maxDecodedPixels()) {
                throw new BadInputException(name, Msg.of("image.error.too-large-decoded", header.width(),
                        header.height(), megapixels(budget.maxDecodedPixels())));
            }
        });
        HeifDecoder.Header header = decoded.header();
        ICC_Profile embedded = null;
        if (header.iccProfile() != null) {
            try {
                embedded = ICC_Profile.getInstance(header.iccProfile());
            } catch (IllegalArgumentException e) {
                // a damaged profile is ignored, as the other paths do
            }
        }
        return SrgbConversion.apply(decoded.image(), embedded);
    }

    private static String lower(String kind) {
        return kind == null ? null : kind.toLowerCase(Locale.ROOT);
    }

    private <T> T withReader(Path name, FileChecks.StreamOpener opener, Work<T> work) {
        ImageInputStream in = FileChecks.open(name, opener);
        try (in) {
            byte[] head = ContentSniffer.readHead(in);
            in.seek(0);
            if (head.length == 0) {
                throw new BadInputException(name, Msg.of("image.error.empty"));
            }
            String heif = ContentSniffer.heifKind(head);
            if (heif != null) {
                throw new BadInputException(name, Msg.of("image.error.heic", heif));
            }
            Orientation orientation = OrientationReader.read(in);
            if (ContentSniffer.isJpeg(head) && JpegProfileCheck.declaresImpossibleSize(in)) {
                throw damaged(name, "jpeg", null);
            }
            ImageReader reader = findReader(name, in);
            String format = formatOf(reader);
            try {
                reader.setInput(new EofGuard(in));
                return work.run(new Opened(reader, format, orientation));
            } catch (IOException | RuntimeException e) {
                if (e instanceof BadInputException bad) {
                    throw bad;
                }
                throw damaged(name, format, e);
            } catch (OutOfMemoryError e) {
                throw new BadInputException(name, Msg.of("image.error.memory"), e);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new BadInputException(name, Msg.of("image.error.unreadable"), e);
        }
    }

    /** The first decoder for one of our formats that recognises the content; the name is never consulted. */
    private static ImageReader findReader(Path name, ImageInputStream in) {
        try {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (FORMATS.contains(formatName(reader))) {
                    return reader;
                }
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // a plugin's content check choked on the bytes: treat as unrecognised
        }
        throw new BadInputException(name, Msg.of("image.error.unknown-format"));
    }

    private static String formatName(ImageReader reader) {
        String[] names = reader.getOriginatingProvider() == null ? null
                : reader.getOriginatingProvider().getFormatNames();
        return names == null || names.length == 0 ? "" : names[0].toLowerCase(Locale.ROOT);
    }

    private static String formatOf(ImageReader reader) {
        String name = formatName(reader);
        return "bigtiff".equals(name) ? "tiff" : name;
    }

    /** Refuses before anything is allocated; a decompression bomb declares its size honestly in the header. */
    private void checkDeclared(Path name, String format, int w, int h) {
        if (w <= 0 || h <= 0) {
            throw damaged(name, format, null);
        }
        if (Math.max(w, h) > budget.maxSide() || (long) w * h > budget.maxDeclaredPixels()) {
            throw new BadInputException(name, Msg.of("image.error.too-large", w, h, budget.maxSide(),
                    megapixels(budget.maxDeclaredPixels())));
        }
    }

    private static void checkMinimum(int minWidth, int minHeight) {
        if (minWidth < 0 || minHeight < 0) {
            throw new IllegalArgumentException("minimum size must not be negative: " + minWidth + "x" + minHeight);
        }
    }

    private static BadInputException damaged(Path name, String format, Throwable cause) {
        return new BadInputException(name, Msg.of("image.error.damaged", format.toUpperCase(Locale.ROOT)), cause);
    }

    private static long ceilDiv(long size, int n) {
        return (size + n - 1) / n;
    }

    private static long megapixels(long pixels) {
        return Math.round(pixels / 1_000_000.0);
    }

    /** The embedded profile libjpeg-turbo left unapplied; a damaged one is ignored, as the ImageIO path does. */
    private static ICC_Profile profile(ScalingJpegDecoder.Decoded decoded) {
        if (decoded.iccProfile() == null) {
            return null;
        }
        try {
            return ICC_Profile.getInstance(decoded.iccProfile());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Opened(ImageReader reader, String format, Orientation orientation) {
    }

    /** libjpeg-turbo on this loader's file or bytes, with the minimum in stored (not yet upright) pixels. */
    @FunctionalInterface
    private interface FastJpeg {
        Optional<ScalingJpegDecoder.Decoded> decode(int minWidth, int minHeight);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Opened opened) throws IOException;
    }
}
