// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.json;

import id.bingkai.core.error.Problem;

/**
 * Where {@link StrictJson} and {@link JsonFields} put what they find wrong: each problem names the file, the JSON
 * path and the reason (a message key, so it reads in Indonesian or English). The pack reader and the kiosk
 * configuration each collect theirs, so a lint or a refused config lists every problem at once.
 */
@FunctionalInterface
public interface ProblemSink {
    void add(Problem problem);
}
