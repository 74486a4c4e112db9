// SPDX-License-Identifier: Apache-2.0
// The libvips side of the benchmark: the same composite as `bingkai batch` (photo cover-fitted into the frame's
// 840x840 hole with a 3 degree turn, frame.png over it, two white text lines, 1080x1080 JPEG q90, metadata
// stripped), done through the libvips C API in one process with shrink-on-load (vips_thumbnail).
// Built by bench/run.sh against the runtime library alone (libvips42), so the prototypes are declared here.
//   usage: vips-batch FRAME.png OUTDIR LIST   (LIST: one line per photo, "path<TAB>name<TAB>unit")
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct _VipsImage VipsImage;
int vips_init(const char *argv0);
void vips_shutdown(void);
const char *vips_error_buffer(void);
VipsImage *vips_image_new_from_file(const char *name, ...);
int vips_image_get_width(const VipsImage *image);
int vips_image_get_height(const VipsImage *image);
int vips_thumbnail(const char *filename, VipsImage **out, int width, ...);
int vips_rotate(VipsImage *in, VipsImage **out, double angle, ...);
int vips_extract_area(VipsImage *in, VipsImage **out, int left, int top, int width, int height, ...);
int vips_black(VipsImage **out, int width, int height, ...);
int vips_insert(VipsImage *main, VipsImage *sub, VipsImage **out, int x, int y, ...);
int vips_composite2(VipsImage *base, VipsImage *overlay, VipsImage **out, int mode, ...);
int vips_text(VipsImage **out, const char *text, ...);
int vips_linear1(VipsImage *in, VipsImage **out, double a, double b, ...);
int vips_bandjoin(VipsImage **in, VipsImage **out, int n, ...);
int vips_copy(VipsImage *in, VipsImage **out, ...);
int vips_jpegsave(VipsImage *in, const char *filename, ...);
void g_object_unref(void *object);

#define BLEND_OVER 2
#define INTERPRETATION_SRGB 22
#define INTERESTING_CENTRE 1
#define HOLE_X 120
#define HOLE_Y 60
#define HOLE 840

static void fail(const char *what) {
    fprintf(stderr, "vips-batch: %s: %s\n", what, vips_error_buffer());
    exit(1);
}

// White text as an RGBA overlay: the rendered mask is the alpha channel.
static VipsImage *text(const char *s, const char *font) {
    VipsImage *mask, *white, *joined, *rgba;
    if (vips_text(&mask, s, "font", font, "width", 1000, NULL)) fail("text");
    if (vips_linear1(mask, &white, 0.0, 255.0, "uchar", 1, NULL)) fail("linear");
    VipsImage *bands[4] = {white, white, white, mask};
    if (vips_bandjoin(bands, &joined, 4, NULL)) fail("bandjoin");
    if (vips_copy(joined, &rgba, "interpretation", INTERPRETATION_SRGB, NULL)) fail("copy");
    g_object_unref(joined);
    g_object_unref(white);
    g_object_unref(mask);
    return rgba;
}

static VipsImage *over(VipsImage *base, VipsImage *top, int x, int y) {
    VipsImage *out;
    if (vips_composite2(base, top, &out, BLEND_OVER, "x", x, "y", y, NULL)) fail("composite");
    g_object_unref(base);
    return out;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: vips-batch FRAME.png OUTDIR LIST\n");
        return 2;
    }
    if (vips_init(argv[0])) fail("init");
    VipsImage *frame = vips_image_new_from_file(argv[1], NULL);
    if (!frame) fail(argv[1]);
    FILE *list = fopen(argv[3], "r");
    if (!list) { perror(argv[3]); return 1; }
    char line[4096];
    int n = 0;
    while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\r\n")] = 0;
        char *path = strtok(line, "\t"), *name = strtok(NULL, "\t"), *unit = strtok(NULL, "\t");
        if (!path || !name || !unit) continue;
        // cover the hole after a 3 degree turn like `bingkai batch --zoom 1.06`: 840 * 1.06 (cos 3 + sin 3 = 1.051)
        int cover = 891;
        VipsImage *thumb, *turned, *photo, *canvas, *img;
        if (vips_thumbnail(path, &thumb, cover, "height", cover, "crop", INTERESTING_CENTRE, NULL)) fail(path);
        if (vips_rotate(thumb, &turned, 3.0, NULL)) fail("rotate");
        int w = vips_image_get_width(turned), h = vips_image_get_height(turned);
        if (vips_extract_area(turned, &photo, (w - HOLE) / 2, (h - HOLE) / 2, HOLE, HOLE, NULL)) fail("crop");
        VipsImage *black;
        if (vips_black(&black, 1080, 1080, "bands", 3, NULL)) fail("black");
        if (vips_copy(black, &canvas, "interpretation", INTERPRETATION_SRGB, NULL)) fail("copy");
        g_object_unref(black);
        if (vips_insert(canvas, photo, &img, HOLE_X, HOLE_Y, NULL)) fail("insert");
        g_object_unref(canvas);
        img = over(img, frame, 0, 0);
        VipsImage *t1 = text(name, "DejaVu Sans Bold 30"), *t2 = text(unit, "DejaVu Sans 22");
        img = over(img, t1, (1080 - vips_image_get_width(t1)) / 2, 950);
        img = over(img, t2, (1080 - vips_image_get_width(t2)) / 2, 1008);
        char out[4200];
        snprintf(out, sizeof out, "%s/%05d.jpg", argv[2], ++n);
        if (vips_jpegsave(img, out, "Q", 90, "strip", 1, NULL)) fail(out);
        g_object_unref(img);
        g_object_unref(t1);
        g_object_unref(t2);
        g_object_unref(photo);
        g_object_unref(turned);
        g_object_unref(thumb);
    }
    fclose(list);
    g_object_unref(frame);
    vips_shutdown();
    return 0;
}
