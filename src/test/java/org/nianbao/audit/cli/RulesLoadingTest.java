package org.nianbao.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RulesLoadingTest {
    private static final AuditorFactory.Loaded LOADED = new AuditorFactory.Loaded((file, source) -> null, "bundled");

    @Test
    void should_load_on_another_thread_while_the_caller_goes_on() throws Exception {
        // GIVEN a factory that waits until the caller has moved on
        CountDownLatch callerWentOn = new CountDownLatch(1);
        String[] loadedOn = new String[1];
        AuditorFactory factory = request -> {
            loadedOn[0] = Thread.currentThread().getName();
            try {
                if (!callerWentOn.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("start() blocked the caller");
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return LOADED;
        };
        // WHEN
        RulesLoading loading = RulesLoading.start(factory, new AuditorFactory.Request(null));
        callerWentOn.countDown();
        // THEN
        assertThat(loading.await()).isSameAs(LOADED);
        assertThat(loadedOn[0]).isEqualTo("rules-compiler").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void should_hand_the_rejection_to_the_caller_unchanged() {
        RulesRejected rejected = new RulesRejected("规则有错", "rules/", List.of(), null);
        RulesLoading loading = RulesLoading.start(request -> {
            throw rejected;
        }, new AuditorFactory.Request(null));
        assertThatThrownBy(loading::await).isSameAs(rejected);
    }

    @Test
    void should_rethrow_an_unexpected_failure_of_the_factory() {
        IllegalStateException crash = new IllegalStateException("boom");
        RulesLoading loading = RulesLoading.start(request -> {
            throw crash;
        }, new AuditorFactory.Request(null));
        assertThatThrownBy(loading::await).isSameAs(crash);
    }

    @Test
    void should_not_wait_forever_when_the_factory_throws_a_checked_exception_past_the_compiler() {
        RulesLoading loading = RulesLoading.start(request -> sneakyThrow(new java.io.IOException("disk gone")), new AuditorFactory.Request(null));
        assertThatThrownBy(loading::await).isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(java.io.IOException.class);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> AuditorFactory.Loaded sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
