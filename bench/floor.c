// SPDX-License-Identifier: Apache-2.0
// The "physical limit" row of the benchmark: what libjpeg-turbo alone needs per photo when it decodes at 1/4
// scale in the DCT domain and encodes a 1080x1080 q90 JPEG, with no compositing at all. bench/run.sh runs one
// of these per core at once. Built against the runtime library alone (libturbojpeg0), prototypes declared here.
//   usage: floor OUTDIR PHOTO...
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
    if (argc < 3) {
        fprintf(stderr, "usage: floor OUTDIR PHOTO...\n");
        return 2;
    }
    tjhandle d = tjInitDecompress(), c = tjInitCompress();
    unsigned char *canvas = malloc(SIDE * SIDE * 3);
    for (int i = 2; i < argc; i++) {
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
        int sw = (w + 3) / 4, sh = (h + 3) / 4;
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
        snprintf(name, sizeof name, "%s/floor-%05d.jpg", argv[1], i - 1);
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
