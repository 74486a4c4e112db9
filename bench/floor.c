// SPDX-License-Identifier: Apache-2.0
// The "physical limit" row of the benchmark: what libjpeg-turbo alone needs per photo when it decodes in the DCT
// domain at the smallest scale (k/8) whose picture still covers the slot -- its shorter side at least NEED pixels,
// the photo's shorter side as the slot asks for it (bench/run.sh: 840 px hole x zoom 1.06 = 891) -- and encodes a
// 1080x1080 q90 JPEG, with no compositing at all. A 12 MP photo is decoded at 3/8 (1500 x 1125), a 48 MP one at 2/8
// (2000 x 1500): the scales Bingkai itself decodes at. (Until 2026-12 the floor decoded at 1/4 whatever the photo,
// i.e. 750 rows of a 12 MP photo where the slot needs 891.) bench/run.sh runs one of these per core at once. Built
// against the runtime library alone (libturbojpeg0), prototypes declared here. Prints the scales used to stderr.
//   usage: floor NEED OUTDIR PHOTO...
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void *tjhandle;
tjhandle tjInitDecompress(void);
tjhandle tjInitCompress(void);
int tjDecompressHeader3(tjhandle h, const unsigned char *buf, unsigned long size, int *w, int *hgt, int *ss, int *cs);
int tjDecompress2(tjhandle h, const unsigned char *buf, unsigned long size, unsigned char *dst, int w, int pitch,
                  int hgt, int pf, int flags);
int tjCompress2(tjhandle h, const unsigned char *src, int w, int pitch, int hgt, int pf, unsigned char **jpeg,
                unsigned long *size, int ss, int quality, int flags);
void tjFree(unsigned char *buf);
char *tjGetErrorStr2(tjhandle h);
int tjDestroy(tjhandle h);

#define TJPF_RGB 0
#define TJSAMP_420 2
#define SIDE 1080

int main(int argc, char **argv) {
    if (argc < 4 || atoi(argv[1]) <= 0) {
        fprintf(stderr, "usage: floor NEED OUTDIR PHOTO...\n");
        return 2;
    }
    int need = atoi(argv[1]);
    tjhandle d = tjInitDecompress(), c = tjInitCompress();
    unsigned char *canvas = malloc(SIDE * SIDE * 3);
    int last = 0;
    for (int i = 3; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) { perror(argv[i]); return 1; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        unsigned char *jpeg = malloc(size);
        if (fread(jpeg, 1, size, f) != (size_t) size) { perror(argv[i]); return 1; }
        fclose(f);
        int w, h, ss, cs;
        if (tjDecompressHeader3(d, jpeg, size, &w, &h, &ss, &cs)) { fprintf(stderr, "%s\n", tjGetErrorStr2(d)); return 1; }
        int k = 1, sw, sh;  // the smallest k/8 whose scaled shorter side covers NEED (8/8 if none does)
        for (;; k++) {
            sw = (w * k + 7) / 8;
            sh = (h * k + 7) / 8;
            if (k == 8 || (sw < sh ? sw : sh) >= need) break;
        }
        if (i == 3 || k != last) fprintf(stderr, "%s: %dx%d decoded at %d/8: %dx%d\n", argv[i], w, h, k, sw, sh);
        last = k;
        unsigned char *pixels = malloc((size_t) sw * sh * 3);
        if (tjDecompress2(d, jpeg, size, pixels, sw, 0, sh, TJPF_RGB, 0)) { fprintf(stderr, "%s\n", tjGetErrorStr2(d)); return 1; }
        for (int y = 0; y < SIDE; y++) {  // tile the decoded picture over the canvas: real image content to encode
            for (int x = 0; x < SIDE; x += sw) {
                int n = SIDE - x < sw ? SIDE - x : sw;
                memcpy(canvas + ((size_t) y * SIDE + x) * 3, pixels + (size_t) (y % sh) * sw * 3, (size_t) n * 3);
            }
        }
        unsigned char *out = NULL;
        unsigned long outSize = 0;
        if (tjCompress2(c, canvas, SIDE, 0, SIDE, TJPF_RGB, &out, &outSize, TJSAMP_420, 90, 0)) { fprintf(stderr, "%s\n", tjGetErrorStr2(c)); return 1; }
        char name[4096];
        snprintf(name, sizeof name, "%s/floor-%05d.jpg", argv[2], i - 2);
        FILE *o = fopen(name, "wb");
        if (!o || fwrite(out, 1, outSize, o) != outSize) { perror(name); return 1; }
        fclose(o);
        tjFree(out);
        free(pixels);
        free(jpeg);
    }
    tjDestroy(d);
    tjDestroy(c);
    free(canvas);
    return 0;
}
