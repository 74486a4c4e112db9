// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

public enum ShapeKind {
    RECTANGLE, ELLIPSE
}
