// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.session;

/** Ends a download link at once (the LAN server); revoking an unknown or expired token does nothing. */
@FunctionalInterface
public interface LinkRevoker {
    void revoke(String token);

    LinkRevoker NONE = token -> { };
}
