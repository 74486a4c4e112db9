// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PixelBudgetTest {
    @Test
    void budgetValuesMustBePositive() {
        assertThat(new PixelBudget(1, 1, 1).maxSide()).isEqualTo(1);
        assertThatThrownBy(() -> new PixelBudget(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PixelBudget(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PixelBudget(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PixelBudget(-5, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PixelBudget.DEFAULT).isEqualTo(new PixelBudget(25_000, 210_000_000L, 64_000_000L));
    }
}
