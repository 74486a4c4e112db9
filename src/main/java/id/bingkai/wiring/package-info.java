// SPDX-License-Identifier: Apache-2.0
/**
 * The composition root below every front end: {@link id.bingkai.wiring.Services} builds the core services one run
 * uses (image and pack loading, the libjpeg-turbo choice, fonts, renderer, exporter, checker) once and lazily, and
 * {@code Main} hands them to the command line, the editor or the kiosk. Uses the core only; no front end, no JavaFX,
 * no picocli, and the core does not use it.
 */
package id.bingkai.wiring;
