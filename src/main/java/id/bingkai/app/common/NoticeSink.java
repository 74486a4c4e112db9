// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

/** Where view models send messages for the user; the window shows them, tests collect them. */
@FunctionalInterface
public interface NoticeSink {
    void show(Notice notice);
}
