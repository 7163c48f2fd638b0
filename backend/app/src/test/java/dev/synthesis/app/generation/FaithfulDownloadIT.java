package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedFormat;
import dev.synthesis.engine.io.SeedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a user receives: a CSV with an id, yes/no answers, money and a date with {@code NA} for
 * missing goes in; a hundred times as many rows come back, written the way the seed writes them.
 */
class FaithfulDownloadIT extends IntegrationTest {

    private static final int SEED_ROWS = 300;
    private static final int ROWS = 100 * SEED_ROWS;

    private final Api alice = as("alice");

    @Test
    void aHundredTimesTheSeedLooksLikeTheSeed() throws IOException {
        String seedCsv = seed();
        Table seed = SeedReader.read(new ByteArrayInputStream(seedCsv.getBytes(StandardCharsets.UTF_8)), "seed.csv",
                SeedFormat.CSV, ReadLimits.DEFAULTS);
        String seedId = alice.upload("accounts.csv", seedCsv.getBytes(StandardCharsets.UTF_8)).expect(201).id();
        String schemaId = alice.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"Accounts " + seedId + "\"}").expect(201).id();
        Jobs.Seeded accounts = new Jobs.Seeded(seedId, schemaId, null);
        accounts.train(alice);
        String job = accounts.generate(alice, "\"rows\": %d, \"seed\": 3, \"gzip\": false".formatted(ROWS));
        Jobs.awaitCompleted(alice, "/api/generate/" + job + "/status");

        Table out = download(job);

        assertThat(out.columns()).containsExactly("account_id", "active", "balance", "last_order");
        assertThat(out.rowCount()).isEqualTo(ROWS);
        List<Object> ids = out.column(0);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> ((String) id).matches("\\d+"));
        assertThat(ids.stream().mapToLong(id -> Long.parseLong((String) id)).max().orElseThrow())
                .as("ids keep counting past the seed's last, 5300").isGreaterThan(5_300);
        assertThat(out.column(1)).as("yes/no stays yes/no").allMatch(value -> "yes".equals(value) || "no".equals(value));
        assertThat(out.column(2)).as("money keeps two decimals").allMatch(value -> ((String) value).matches("\\d+\\.\\d{2}"));
        // Within 0.05: the model learns from the 80 % of the seed that is not held out for scoring.
        assertThat(share(out.column(2), "0.00")).as("the seed's zero balances").isCloseTo(share(seed.column(2), "0.00"), within(0.05));
        assertThat(out.column(3)).as("dates in the seed's layout, or NA").allMatch(value -> "NA".equals(value)
                || ((String) value).matches("\\d\\d/\\d\\d/\\d{4}"));
        assertThat(share(out.column(3), "NA")).as("the seed's missing dates").isCloseTo(share(seed.column(3), "NA"), within(0.05));
    }

    private Table download(String job) throws IOException {
        HttpResponse<InputStream> download = alice.stream("/api/generate/" + job + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            return SeedReader.read(body, "download.csv", SeedFormat.CSV, ReadLimits.DEFAULTS);
        }
    }

    private static double share(List<Object> values, String value) {
        return (double) values.stream().filter(Objects::nonNull).filter(value::equals).count() / values.size();
    }

    private static String seed() {
        Random random = new Random(9);
        StringBuilder csv = new StringBuilder("account_id,active,balance,last_order\n");
        for (int i = 0; i < SEED_ROWS; i++) {
            String balance = random.nextDouble() < 0.4 ? "0.00" : String.format(Locale.ROOT, "%.2f", 50 + 900 * random.nextDouble());
            String lastOrder = random.nextDouble() < 0.2 ? "NA"
                    : String.format(Locale.ROOT, "%02d/%02d/2025", 1 + random.nextInt(28), 1 + random.nextInt(12));
            csv.append(5_001 + i).append(',').append(random.nextBoolean() ? "yes" : "no").append(',').append(balance).append(',')
                    .append(lastOrder).append('\n');
        }
        return csv.toString();
    }
}
