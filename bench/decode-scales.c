// SPDX-License-Identifier: Apache-2.0
// How long libjpeg-turbo takes to decode each photo at each DCT scale it offers (N/8), one thread, the file
// already in memory; the mean over the photos, best of REPEAT passes after one warm-up pass. It shows what the
// batch's decode costs whatever Bingkai does around it. bench/budget.sh builds and runs it.
//   usage: decode-scales REPEAT PHOTO...
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef void *tjhandle;
tjhandle tjInitDecompress(void);
int tjDecompressHeader3(tjhandle h, const unsigned char *buf, unsigned long size, int *w, int *hgt, int *ss, int *cs);
int tjDecompress2(tjhandle h, const unsigned char *buf, unsigned long size, unsigned char *dst, int w, int pitch,
                  int hgt, int pf, int flags);
char *tjGetErrorStr2(tjhandle h);

#define TJPF_BGRX 7

static unsigned char *slurp(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(*size);
    if (fread(data, 1, *size, f) != (size_t) *size) { perror(path); exit(1); }
    fclose(f);
    return data;
}

static double ms_since(struct timespec a) {
    struct timespec b;
    clock_gettime(CLOCK_MONOTONIC, &b);
    return (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: decode-scales REPEAT PHOTO...\n"); return 2; }
    int repeat = atoi(argv[1]), photos = argc - 2;
    tjhandle d = tjInitDecompress();
    long *sizes = malloc(sizeof(long) * photos);
    unsigned char **files = malloc(sizeof(unsigned char *) * photos);
    for (int i = 0; i < photos; i++) files[i] = slurp(argv[i + 2], &sizes[i]);
    printf("scale\tpixels_of_first\tms_per_photo\n");
    for (int num = 1; num <= 8; num++) {
        double best = -1;
        char size[32] = "";
        for (int pass = 0; pass <= repeat; pass++) {
            double total = 0;
            for (int i = 0; i < photos; i++) {
                int w, h, ss, cs;
                if (tjDecompressHeader3(d, files[i], sizes[i], &w, &h, &ss, &cs)) {
                    fprintf(stderr, "%s: %s\n", argv[i + 2], tjGetErrorStr2(d));
                    return 1;
                }
                int sw = (w * num + 7) / 8, sh = (h * num + 7) / 8;
                if (i == 0) snprintf(size, sizeof size, "%dx%d", sw, sh);
                unsigned char *pixels = malloc((size_t) sw * sh * 4);
                struct timespec start;
                clock_gettime(CLOCK_MONOTONIC, &start);
                if (tjDecompress2(d, files[i], sizes[i], pixels, sw, 0, sh, TJPF_BGRX, 0)) {
                    fprintf(stderr, "%s: %s\n", argv[i + 2], tjGetErrorStr2(d));
                    return 1;
                }
                total += ms_since(start);
                free(pixels);
            }
            if (pass > 0 && (best < 0 || total < best)) best = total;  // pass 0 warms caches and the library
        }
        printf("%d/8\t%s\t%.1f\n", num, size, best / photos);
    }
    return 0;
}
