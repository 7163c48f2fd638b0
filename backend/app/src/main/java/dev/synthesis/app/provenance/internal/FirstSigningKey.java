package dev.synthesis.app.provenance.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the platform's first signing key at start-up, so a job can always sign its manifest. When
 * several instances start at once, the unique index on the active key lets one win; the others
 * find its key.
 */
@Component
class FirstSigningKey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstSigningKey.class);

    private final SigningKeys keys;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FirstSigningKey(SigningKeys keys, TransactionTemplate transactions, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            transactions.executeWithoutResult(status -> {
                if (keys.active().isEmpty()) {
                    log.info("Created the platform's first signing key {}", keys.rotate(clock.instant()).kid());
                }
            });
        } catch (DuplicateKeyException anotherInstanceWon) {
            log.info("Another instance created the first signing key at the same time");
        }
    }
}
