// SPDX-License-Identifier: Apache-2.0
/**
 * Many people, one design: reads the people sheet (CSV), names each output, renders the rows on worker threads
 * through a {@link id.bingkai.core.batch.RowWork} (the CLI and the editor each supply one), writes report.csv and
 * resumes a stopped run. Uses {@code core.model}, {@code core.render}, {@code core.io.image}, {@code core.io.export},
 * {@code core.error} and {@code core.i18n}; no JavaFX, no front end.
 */
package id.bingkai.core.batch;
