// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.DomDocument;
import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.DomProcessor;
import com.github.weisj.jsvg.parser.ElementLoader;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.RenderableResource;
import com.github.weisj.jsvg.parser.resources.ResourceLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.parser.resources.ResourceSupplier;
import com.github.weisj.jsvg.renderer.RenderContext;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.view.FloatSize;
import id.bingkai.core.error.BadInputException;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses an SVG layer with JSVG so that it can touch nothing outside its own bytes: no DTD or entities
 * (refused before parsing, and JSVG's XML reader has DTD support off), no files, URLs or other documents
 * (every reference that is not a {@code #fragment} or embedded {@code data:} is refused and reported), and
 * embedded bitmaps are decoded by our own decoder under the pixel budget rather than by JSVG's ImageIO call.
 * Filter effects are refused: JSVG sizes a filter's off-screen buffer by the blur radius and offsets the file
 * declares, so one {@code stdDeviation="1e6"} asks for gigabytes at render time.
 */
final class SvgReader {
    private final LayerDecoder decoder;

    SvgReader(LayerDecoder decoder) {
        this.decoder = decoder;
    }

    /** The document, or empty after adding the problems that made it unusable. */
    Optional<SVGDocument> read(byte[] data, String file, String field, Problems problems) {
        String ascii = new String(data, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (ascii.contains("<!entity") || hasInternalSubset(ascii)) {
            problems.add(file, field, "pack.problem.svg.entity");
            return Optional.empty();
        }
        int before = problems.size();
        for (String token : new String[] {"@import", "@font-face"}) {
            if (ascii.contains(token)) {
                problems.add(file, field, "pack.problem.svg.external", token);
            }
        }
        Guard guard = new Guard(file, field, problems);
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(data), syntheticUri(file), guard.context());
        } catch (RuntimeException e) {
            document = null;
        }
        for (String reference : guard.refused) {
            problems.add(file, field, "pack.problem.svg.external", reference);
        }
        if (guard.filter) {
            problems.add(file, field, "pack.problem.svg.filter");
        }
        if (document == null) {
            problems.add(file, field, "pack.problem.svg.broken");
            return Optional.empty();
        }
        FloatSize size = document.size();
        if (!(size.width > 0) || !(size.height > 0) || !Float.isFinite(size.width) || !Float.isFinite(size.height)) {
            problems.add(file, field, "pack.problem.svg.noSize");
            return Optional.empty();
        }
        return problems.size() == before ? Optional.of(document) : Optional.empty();
    }

    private static boolean hasInternalSubset(String lowerCaseText) {
        int doctype = lowerCaseText.indexOf("<!doctype");
        if (doctype < 0) {
            return false;
        }
        int end = lowerCaseText.indexOf('>', doctype);
        int bracket = lowerCaseText.indexOf('[', doctype);
        return bracket >= 0 && (end < 0 || bracket < end);
    }

    /** A base URI that resolves nothing real; relative references are refused before it is ever used. */
    private static URI syntheticUri(String file) {
        try {
            return new URI("bingkai-pack", null, "/" + file, null);
        } catch (URISyntaxException e) {
            return URI.create("bingkai-pack:/layer.svg");
        }
    }

    /** The JSVG hooks for one document; records what it refused so the lint can name it. */
    private final class Guard implements ResourcePolicy, ResourceLoader, ElementLoader, DomProcessor {
        private final String file;
        private final String field;
        private final Problems problems;
        private final Set<String> refused = new LinkedHashSet<>();
        private boolean filter;
        private final ElementLoader fragments = LoaderContext.createDefault().elementLoader();

        Guard(String file, String field, Problems problems) {
            this.file = file;
            this.field = field;
            this.problems = problems;
        }

        LoaderContext context() {
            return LoaderContext.builder()
                    .preProcessor(this)
                    .externalResourcePolicy(this)
                    .resourceLoader(this)
                    .elementLoader(this)
                    .documentLimits(DocumentLimits.DEFAULT)
                    .build();
        }

        /** Notes a filter anywhere in the tree (walked without recursion: nesting is not yet limited here). */
        @Override
        public void process(DomElement root) {
            Deque<DomElement> open = new ArrayDeque<>();
            open.push(root);
            while (!open.isEmpty() && !filter) {
                DomElement element = open.pop();
                filter = "filter".equalsIgnoreCase(element.tagName());
                element.children().forEach(open::push);
            }
        }

        @Override
        public URI resolveResourceURI(URI base, String value) {
            String trimmed = value.trim();
            if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
                trimmed = trimmed.replaceAll("\\s+", "");
            }
            try {
                return resolveResourceURI(base, new URI(trimmed));
            } catch (URISyntaxException e) {
                refuse(value);
                return null;
            }
        }

        @Override
        public URI resolveResourceURI(URI base, URI value) {
            if ("data".equalsIgnoreCase(value.getScheme())) {
                return value;
            }
            refuse(value.toString());
            return null;
        }

        /** Remembers a refused reference, shortened for the message. */
        private void refuse(String reference) {
            refused.add(reference.length() > 80 ? reference.substring(0, 80) + "…" : reference);
        }

        @Override
        public ResourceSupplier<RenderableResource> loadImage(DomDocument document, URI uri) throws IOException {
            if (!"data".equalsIgnoreCase(uri.getScheme())) {
                refuse(uri.toString());
                throw new IOException("refused " + uri);
            }
            BufferedImage image;
            try {
                image = decoder.decode(embeddedBytes(uri), file);
            } catch (BadInputException e) {
                problems.add(file, field, e.reason());
                throw new IOException("embedded image refused", e);
            } catch (IllegalArgumentException e) {
                problems.add(file, field, "pack.problem.svg.embedded");
                throw new IOException("embedded image unreadable", e);
            }
            EmbeddedImage resource = new EmbeddedImage(image);
            return platform -> Optional.of(resource);
        }

        @Override
        public <T> T loadElement(Class<T> type, String value, DomDocument document) {
            String target = value.trim();
            if (target.startsWith("url(") && target.endsWith(")")) {
                target = target.substring(4, target.length() - 1).trim();
            }
            target = target.replace("\"", "").replace("'", "");
            if (!target.isEmpty() && !target.startsWith("#")) {
                refuse(target);
                return null;
            }
            return fragments.loadElement(type, value, document);
        }
    }

    private static byte[] embeddedBytes(URI uri) {
        String text = uri.getRawSchemeSpecificPart();
        int comma = text.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("data URI without comma");
        }
        String header = text.substring(0, comma).toLowerCase(Locale.ROOT);
        String payload = text.substring(comma + 1);
        if (header.endsWith(";base64")) {
            return Base64.getMimeDecoder().decode(payload);
        }
        // Percent-encoded octets (RFC 2397), one char per byte; "+" is a plus here, not a space as in a form.
        return URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A bitmap embedded in an SVG, drawn by JSVG like its own image resource. */
    private record EmbeddedImage(BufferedImage image) implements RenderableResource {
        @Override
        public FloatSize intrinsicSize(RenderContext context) {
            return new FloatSize(image.getWidth(), image.getHeight());
        }

        @Override
        public void render(Output output, RenderContext context, AffineTransform transform) {
            output.drawImage(image, transform, context.platformSupport().imageObserver());
        }
    }
}
