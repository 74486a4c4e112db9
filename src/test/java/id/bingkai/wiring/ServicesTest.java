// SPDX-License-Identifier: Apache-2.0
package id.bingkai.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.render.FontLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ServicesTest {
    private final Services services = Services.create(new Messages(Messages.INDONESIAN));

    @Test
    void eachServiceIsMadeOnceHoweverManyThreadsAskAtOnce() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Object>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return List.of(services.fonts(), services.renderer(), services.images(), services.packs(),
                            services.exporter());
                }));
            }
            start.countDown();
            List<Object> first = answers.getFirst().get();
            for (Future<List<Object>> answer : answers) {
                List<Object> got = answer.get();
                for (int i = 0; i < got.size(); i++) {
                    assertThat(got.get(i)).isSameAs(first.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRendererAndTheCheckerShareTheFontLibrary() {
        FontLibrary fonts = services.fonts();
        assertThat(fonts.hasBuiltInFonts()).isTrue();
        services.renderer();
        services.checker();
        assertThat(services.fonts()).isSameAs(fonts);
    }
}
