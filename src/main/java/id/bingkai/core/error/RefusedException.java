// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.error;

import id.bingkai.core.i18n.Msg;

/**
 * The user's input is understood but cannot be made into a picture as it stands: a photo place left empty, an
 * output larger than the limit. The message says what to change; the CLI exits with code 3, as for a bad file.
 */
public class RefusedException extends BingkaiException {
    private static final long serialVersionUID = 1L;

    public RefusedException(Msg userMessage) {
        super(userMessage);
    }
}
