// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

/** A screen that changes with time (slides, the webcam's preview): the window's ticker calls it. */
interface Ticking {
    void tick();
}
