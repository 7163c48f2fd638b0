package dev.synthesis.engine.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.SequenceSpec;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Stats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class SequenceModelTest {

    private static final int TS = 2;
    private static final int AMOUNT = 3;

    private static AccountTransactions accounts;
    private static SequenceModel model;
    private static List<Object[][]> seed;
    private static List<Object[][]> generated;

    @BeforeAll
    static void fitOnThreeHundredAccounts() {
        accounts = AccountTransactions.make(300, 11);
        model = SequenceTrainer.fit(accounts.schema(), accounts.seed(), accounts.entityOfRow(), AccountTransactions.SPEC,
                accounts.opened(), 7);
        seed = perAccount(accounts);
        generated = generate(model, accounts, 42);
    }

    @Test
    void eventsAreInTimeOrderAndNeverBeforeTheAccountOpened() {
        for (int account = 0; account < generated.size(); account++) {
            double[] times = column(generated.get(account), TS);
            assertThat(times[0]).isGreaterThanOrEqualTo(accounts.opened()[account].getEpochSecond());
            for (int i = 1; i < times.length; i++) {
                assertThat(times[i]).isGreaterThanOrEqualTo(times[i - 1]);
            }
        }
    }

    @Test
    void gapsFollowTheSeedsDistribution() {
        double distance = Stats.ksDistance(gaps(seed), gaps(generated));
        double firstDelay = Stats.ksDistance(firstDelays(seed), firstDelays(generated));

        // about 9,700 gaps a side, where sampling alone gives KS distances up to about 0.02 (measured 0.009);
        // 300 first delays a side, up to about 0.11 (measured 0.067)
        assertThat(distance).isLessThan(0.03);
        assertThat(firstDelay).isLessThan(0.12);
    }

    @Test
    void amountsKeepTheSeedsAutocorrelationDriftAndSpreadBetweenAccounts() {
        double seedLag1 = withinLag1(seed);
        double generatedLag1 = withinLag1(generated);

        // measured: lag-1 0.725 seed, 0.720 generated (0.677 without the bias correction); drift 3.00 and 2.93 per
        // event; spread of account means 547.5 and 545.4
        assertThat(generatedLag1).isCloseTo(seedLag1, offset(0.03));
        assertThat(WithinEntity.drift(amounts(generated))).isCloseTo(WithinEntity.drift(amounts(seed)), offset(0.1 * AccountTransactions.DRIFT));
        assertThat(levelSpread(generated)).isCloseTo(levelSpread(seed), offset(0.05 * levelSpread(seed)));
        assertThat(model.series()).extracting(Series::field).containsExactly(AMOUNT);
        assertThat(generated.stream().flatMap(Arrays::stream).mapToDouble(row -> (double) row[AMOUNT]).min().orElseThrow())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void amountsThatChangeInProportionAreModelledOnTheLogScale() {
        // given amounts growing 2 % per transaction around log-normal account sizes
        AccountTransactions proportional = AccountTransactions.make(300, 13, true);

        // when
        SequenceModel fitted = SequenceTrainer.fit(proportional.schema(), proportional.seed(), proportional.entityOfRow(),
                AccountTransactions.SPEC, proportional.opened(), 7);
        List<Object[][]> events = generate(fitted, proportional, 5);
        List<Object[][]> real = perAccount(proportional);

        // then
        assertThat(fitted.series()).singleElement().extracting(Series::logScale).isEqualTo(true);
        double[] realAmounts = real.stream().flatMap(Arrays::stream).mapToDouble(row -> (double) row[AMOUNT]).toArray();
        double[] amounts = events.stream().flatMap(Arrays::stream).mapToDouble(row -> (double) row[AMOUNT]).toArray();
        assertThat(Stats.ksDistance(realAmounts, amounts)).isLessThan(0.05);
        assertThat(withinLag1(logs(events))).isCloseTo(withinLag1(logs(real)), offset(0.03));
        assertThat(model.series().get(0).logScale()).isFalse();
    }

    @Test
    void theSameSeedAndEntityGiveTheSameEventsAfterAJsonRoundTrip() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().build();
        SequenceModel read = mapper.readValue(mapper.writeValueAsString(model), SequenceModel.class);

        List<Object[][]> again = generate(read, accounts, 42);
        List<Object[][]> otherSeed = generate(model, accounts, 43);

        for (int account = 0; account < generated.size(); account++) {
            assertThat(again.get(account)).isDeepEqualTo(generated.get(account));
        }
        assertThat(otherSeed.get(0)[0][AMOUNT]).isNotEqualTo(generated.get(0)[0][AMOUNT]);
    }

    @Test
    void keysAndForeignKeysStayAsThePerRowModelMadeThem() {
        List<Object[][]> prefilled = prefill(accounts, new SplittableRandom(42));
        for (int account = 0; account < generated.size(); account++) {
            for (int i = 0; i < generated.get(account).length; i++) {
                assertThat(generated.get(account)[i][0]).isEqualTo(prefilled.get(account)[i][0]);
                assertThat(generated.get(account)[i][1]).isEqualTo(prefilled.get(account)[i][1]);
            }
        }
    }

    @Test
    void eventsMayPrecedeTheParentsStartWhenTheSeedShowsThat() {
        // given first events about a day either side of the account's opening
        AccountTransactions early = AccountTransactions.make(300, 12);
        List<Object[]> rows = new ArrayList<>(early.seed().rows());
        for (int row = 0; row < rows.size(); row++) {
            if (row == 0 || early.entityOfRow()[row] != early.entityOfRow()[row - 1]) {
                rows.get(row)[TS] = java.time.OffsetDateTime.ofInstant(early.opened()[early.entityOfRow()[row]].minusSeconds(43_200),
                        java.time.ZoneOffset.UTC);
            }
        }
        Table seedTable = new Table(early.seed().columns(), rows);

        // when
        SequenceModel fitted = SequenceTrainer.fit(early.schema(), seedTable, early.entityOfRow(), AccountTransactions.SPEC,
                early.opened(), 7);
        List<Object[][]> events = generate(fitted, early, 1);

        // then
        assertThat(fitted.times().respectsStart()).isFalse();
        long before = java.util.stream.IntStream.range(0, events.size())
                .filter(a -> column(events.get(a), TS)[0] < early.opened()[a].getEpochSecond()).count();
        assertThat(before).isGreaterThan(250);
    }

    @Test
    void datesAndWholeNumbersComeOutInTheirOwnJavaTypes() {
        // given the same transactions with a date and amounts in whole units
        List<Object[]> rows = accounts.seed().rows().stream().map(row -> new Object[] {row[0], row[1],
            ((java.time.OffsetDateTime) row[TS]).toLocalDate(), Math.round((double) row[AMOUNT])}).toList();
        DataSchema daily = new DataSchema("transactions", null, null, List.of(accounts.schema().fields().get(0),
                accounts.schema().fields().get(1), FieldDefinition.of("ts", FieldType.DATE), FieldDefinition.of("amount", FieldType.INTEGER)),
                null, null);

        // when
        SequenceModel fitted = SequenceTrainer.fit(daily, new Table(accounts.seed().columns(), rows), accounts.entityOfRow(),
                AccountTransactions.SPEC, accounts.opened(), 7);
        Object[][] events = {rows.get(0).clone(), rows.get(1).clone(), rows.get(2).clone()};
        fitted.fill(3, 0, accounts.opened()[0], events);

        // then
        LocalDate opened = LocalDate.ofInstant(accounts.opened()[0], java.time.ZoneOffset.UTC);
        for (Object[] event : events) {
            assertThat(event[TS]).isInstanceOf(LocalDate.class);
            assertThat((LocalDate) event[TS]).isAfterOrEqualTo(opened);
            assertThat(event[AMOUNT]).isInstanceOf(Long.class);
        }
        assertThat((LocalDate) events[2][TS]).isAfterOrEqualTo((LocalDate) events[1][TS]);
    }

    @Test
    void schemaOnlySpreadsOrderedEventsBetweenTheParentsStartAndTheDeclaredMax() {
        FieldDefinition day = FieldDefinition.of("day", FieldType.DATE)
                .withConstraints(new Constraints(null, new Bound("2024-12-31"), null, null, null, true, false, null));
        DataSchema visits = new DataSchema("visits", null, null, List.of(day, FieldDefinition.of("pulse", FieldType.INTEGER)), null, null);
        SequenceModel declared = SequenceTrainer.schemaOnly(visits, new SequenceSpec("day", null));
        Object[][] rows = new Object[30][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {LocalDate.of(2020, 1, 1).plusDays(i * 37L), 60L + i};
        }

        declared.fill(5, 3, Instant.parse("2024-01-01T00:00:00Z"), rows);

        double[] days = column(rows, 0);
        assertThat(days[0]).isGreaterThanOrEqualTo(LocalDate.of(2024, 1, 1).toEpochDay());
        assertThat(days[days.length - 1]).isLessThanOrEqualTo(LocalDate.of(2024, 12, 31).toEpochDay());
        for (int i = 1; i < days.length; i++) {
            assertThat(days[i]).isGreaterThanOrEqualTo(days[i - 1]);
        }
        // 30 events over a year: about 12 days apart, not all on one day
        assertThat(days[days.length - 1] - days[0]).isGreaterThan(180);
        assertThat(rows[29][1]).isEqualTo(89L);
    }

    @Test
    void schemaOnlyWithoutAMaxPlacesEventsAboutADayApartAfterTheStart() {
        DataSchema logins = new DataSchema("logins", null, null, List.of(FieldDefinition.of("at", FieldType.DATETIME)), null, null);
        SequenceModel declared = SequenceTrainer.schemaOnly(logins, new SequenceSpec("at", null));
        Object[][] rows = new Object[50][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {null};
        }
        Instant start = Instant.parse("2024-03-01T12:00:00Z");

        declared.fill(5, 8, start, rows);

        double[] seconds = column(rows, 0);
        assertThat(seconds[0]).isGreaterThanOrEqualTo(start.getEpochSecond());
        assertThat((seconds[49] - seconds[0]) / 49 / 86_400).isBetween(0.7, 1.3);
        assertThat(rows[0][0]).isInstanceOf(java.time.LocalDateTime.class);
    }

    private static List<Object[][]> perAccount(AccountTransactions data) {
        List<List<Object[]>> groups = new ArrayList<>();
        for (int account = 0; account < data.opened().length; account++) {
            groups.add(new ArrayList<>());
        }
        for (int row = 0; row < data.seed().rowCount(); row++) {
            groups.get(data.entityOfRow()[row]).add(data.seed().rows().get(row));
        }
        return groups.stream().map(group -> group.toArray(Object[][]::new)).toList();
    }

    /** The per-row model's stand-in: each event a seed row drawn at random, keeping the account's key. */
    private static List<Object[][]> prefill(AccountTransactions data, SplittableRandom random) {
        List<Object[][]> accountsRows = new ArrayList<>();
        int account = 0;
        for (Object[][] rows : perAccount(data)) {
            Object[][] drawn = new Object[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                drawn[i] = data.seed().rows().get(random.nextInt(data.seed().rowCount())).clone();
                drawn[i][0] = 1_000_000L + i;
                drawn[i][1] = (long) account;
            }
            accountsRows.add(drawn);
            account++;
        }
        return accountsRows;
    }

    private static List<Object[][]> generate(SequenceModel sequences, AccountTransactions data, long generationSeed) {
        List<Object[][]> rows = prefill(data, new SplittableRandom(42));
        for (int account = 0; account < rows.size(); account++) {
            sequences.fill(generationSeed, account, data.opened()[account], rows.get(account));
        }
        return rows;
    }

    private static double[] column(Object[][] rows, int field) {
        return Arrays.stream(rows).mapToDouble(row -> TypedValues.toAxis(row[field])).toArray();
    }

    private static double[] gaps(List<Object[][]> sequences) {
        return sequences.stream().flatMapToDouble(rows -> {
            double[] times = column(rows, TS);
            return java.util.stream.IntStream.range(1, times.length).mapToDouble(i -> times[i] - times[i - 1]);
        }).toArray();
    }

    private double[] firstDelays(List<Object[][]> sequences) {
        return java.util.stream.IntStream.range(0, sequences.size())
                .mapToDouble(a -> column(sequences.get(a), TS)[0] - accounts.opened()[a].getEpochSecond()).toArray();
    }

    private static List<double[]> amounts(List<Object[][]> sequences) {
        return sequences.stream().map(rows -> column(rows, AMOUNT)).toList();
    }

    private static List<double[]> logs(List<Object[][]> sequences) {
        return amounts(sequences).stream().map(values -> Arrays.stream(values).map(Math::log).toArray()).toList();
    }

    private static double withinLag1(List<Object[][]> sequences) {
        return withinLag1(amounts(sequences));
    }

    /** Lag-1 autocorrelation within accounts: each account's mean taken out, products pooled over accounts. */
    private static double withinLag1(Iterable<double[]> series) {
        double products = 0;
        double squares = 0;
        for (double[] values : series) {
            double mean = Arrays.stream(values).average().orElseThrow();
            for (int t = 0; t < values.length; t++) {
                squares += (values[t] - mean) * (values[t] - mean);
                products += t > 0 ? (values[t] - mean) * (values[t - 1] - mean) : 0;
            }
        }
        return products / squares;
    }

    /** Standard deviation of the accounts' mean amounts. */
    private static double levelSpread(List<Object[][]> sequences) {
        double[] means = amounts(sequences).stream().mapToDouble(values -> Arrays.stream(values).average().orElseThrow()).toArray();
        double mean = Arrays.stream(means).average().orElseThrow();
        return Math.sqrt(Arrays.stream(means).map(m -> (m - mean) * (m - mean)).average().orElseThrow());
    }
}
