// SPDX-License-Identifier: Apache-2.0
/**
 * The file layer's seam: {@link id.bingkai.core.io.disk.Disk}, the few file operations the atomic writer and the
 * photo reader perform, and {@link id.bingkai.core.io.disk.SystemDisk}, the real one. Tests pass a disk that fails
 * on purpose. Uses only java.nio; imports nothing else of Bingkai and no JavaFX.
 */
package id.bingkai.core.io.disk;
