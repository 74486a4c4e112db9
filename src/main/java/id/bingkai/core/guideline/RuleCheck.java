// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

/** One family of rules; adds what it finds to the context's findings. */
interface RuleCheck {
    void check(CheckContext ctx);
}
