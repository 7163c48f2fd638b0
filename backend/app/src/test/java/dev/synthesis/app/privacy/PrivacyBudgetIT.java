package dev.synthesis.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.ObjectStore;
import dev.synthesis.app.support.TenantSql;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.training.TrainingRunId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Differentially private trainings spend from their seed's privacy budget. The tenant privacy-a is
 * this class's own; every test but the admin's gives its seed a budget of its own, so the admin
 * test's change of the tenant's budget per seed cannot reach them.
 */
class PrivacyBudgetIT extends IntegrationTest {

    private static final int ROWS = 300;
    private static final String TENANT = "privacy-a";

    @Autowired
    private PrivacyLedgerLookup lookup;

    private final Api admin = as("admin");
    private final Api tenant = as(TENANT);
    private String seedId;

    @BeforeEach
    void givenACustomersSeed() {
        seedId = tenant.upload("customers.csv", Jobs.customersCsv(ROWS).getBytes(StandardCharsets.UTF_8)).expect(201).id();
    }

    @Test
    void refusesATrainingOverBudgetBeforeReadingAnyOfTheSeed() throws Exception {
        String schemaId = dpSchema(1.0, 60);
        seedBudget(0.5, null);
        ObjectStore.delete("tenants/" + TENANT + "/seeds/" + seedId);

        Response refused = train(schemaId);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:synthesis:problem:privacy-budget-exceeded");
        assertThat(problem.get("seedId").asString()).isEqualTo(seedId);
        assertThat(problem.get("requestedEpsilon").asDouble()).isEqualTo(1.0);
        assertThat(problem.get("requestedDelta").asDouble()).isEqualTo(1e-6);
        assertThat(problem.get("remainingEpsilon").asDouble()).isEqualTo(0.5);
        assertThat(problem.get("remainingDelta").asDouble()).isEqualTo(1e-5);
        assertThat(problem.get("detail").asString()).contains("ε = 1 and δ = 0.000001", "ε = 0.5 and δ = 0.00001 left");
        assertThat(TenantSql.rows(TENANT, "select id from training_runs where seed_id = ?", UUID.fromString(seedId))).isEmpty();
        assertThat(TenantSql.rows(TENANT, "select id from privacy_ledger_entries where seed_id = ?", UUID.fromString(seedId))).isEmpty();
        assertThat(orphanTrainingJobs()).as("training jobs of privacy-a without a run").isZero();
        assertThat(tenant.get("/api/seeds/" + seedId + "/privacy-budget").expect(200).json().get("entries")).isEmpty();
    }

    @Test
    void concurrentTrainingsSpendExactlyTheBudgetThatIsLeft() throws Exception {
        String schemaId = dpSchema(1.0, 90);
        seedBudget(3.0, null);

        List<Response> responses = race(schemaId, 10);

        List<Response> accepted = responses.stream().filter(response -> response.status() == 202).toList();
        assertThat(accepted).as("accepted").hasSize(3);
        assertThat(responses).filteredOn(response -> response.status() == 409).as("refused").hasSize(7)
                .allSatisfy(response -> assertThat(response.json().get("type").asString()).endsWith(":privacy-budget-exceeded"));
        accepted.forEach(run -> Jobs.awaitCompleted(tenant, "/api/train/" + run.id() + "/status"));
        JsonNode budget = tenant.get("/api/seeds/" + seedId + "/privacy-budget").expect(200).json();
        assertThat(budget.get("spentEpsilon").asDouble()).isEqualTo(3.0);
        assertThat(budget.get("remainingEpsilon").asDouble()).isZero();
        assertThat(budget.get("entries")).extracting(entry -> entry.get("trainingRunId").asString())
                .containsExactlyInAnyOrderElementsOf(accepted.stream().map(Response::id).toList());
    }

    @Test
    void theRemainingBudgetGoesDownByExactlyTheChargeAndTheRunSaysWhatTheDeclaredBoundsClipped() {
        String schemaId = dpSchema(0.7, 60);
        seedBudget(5.0, 1e-5);

        String run = train(schemaId).expect(202).id();

        JsonNode finished = Jobs.awaitCompleted(tenant, "/api/train/" + run + "/status");
        JsonNode budget = tenant.get("/api/seeds/" + seedId + "/privacy-budget").expect(200).json();
        assertThat(budget.get("epsilon").asDouble()).isEqualTo(5.0);
        assertThat(budget.get("spentEpsilon").asDouble()).isEqualTo(0.7);
        assertThat(budget.get("remainingEpsilon").asDouble()).isEqualTo(4.3);
        assertThat(budget.get("remainingDelta").asDouble()).isEqualTo(9e-6);
        JsonNode entry = budget.get("entries").get(0);
        assertThat(entry.get("trainingRunId").asString()).isEqualTo(run);
        assertThat(entry.get("spentBy").asString()).isEqualTo(TENANT);
        assertThat(entry.get("spentByKind").asString()).isEqualTo("user");
        assertThat(entry.get("mechanism").asString()).isNotBlank();
        assertThat(entry.get("seedReadAt").isNull()).isFalse();
        PrivacySpend spend = TenantContext.callAs(new TenantId(TENANT),
                () -> lookup.spendOf(new TrainingRunId(UUID.fromString(run)))).orElseThrow();
        assertThat(spend.entryId().toString()).isEqualTo(entry.get("id").asString());
        assertThat(spend.epsilon()).isEqualTo(0.7);
        assertThat(spend.spentBy()).isEqualTo(TENANT);
        assertThat(finished.get("clippedByDeclaredBounds")).singleElement().satisfies(clipped -> {
            assertThat(clipped.get("field").asString()).isEqualTo("age");
            assertThat(clipped.get("below").asLong()).isZero();
            assertThat(clipped.get("above").asLong()).isEqualTo(agesAbove(60));
            assertThat(clipped.get("max").asString()).isEqualTo("60");
        });
    }

    @Test
    void aRunsOwnEpsilonTurnsDifferentialPrivacyOnForThatRunAndIsCharged() {
        String schemaId = tenant.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"No DP " + UUID.randomUUID() + "\"}")
                .expect(201).id();
        seedBudget(1.0, null);

        String run = tenant.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"epsilon\": 0.4, \"delta\": 2e-6}"
                .formatted(schemaId, seedId)).expect(202).id();

        JsonNode finished = Jobs.awaitCompleted(tenant, "/api/train/" + run + "/status");
        assertThat(finished.get("epsilonSpent").isNull()).as("trained with DP").isFalse();
        JsonNode entry = tenant.get("/api/seeds/" + seedId + "/privacy-budget").expect(200).json().get("entries").get(0);
        assertThat(entry.get("epsilon").asDouble()).isEqualTo(0.4);
        assertThat(entry.get("delta").asDouble()).isEqualTo(2e-6);
        assertThat(tenant.get("/api/schemas/" + schemaId).expect(200).json().get("privacySettings").get("differentialPrivacy")
                .asBoolean()).as("the stored schema is left as it is").isFalse();
        assertThat(tenant.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"epsilon\": 0}"
                .formatted(schemaId, seedId)).status()).isEqualTo(400);
    }

    @Test
    void aPlatformAdminSetsTheTenantsBudgetPerSeedAndOverridesOneSeed() {
        String budgetPath = "/api/admin/tenants/" + TENANT + "/privacy-budget";
        String otherSeed = tenant.upload("other.csv", Jobs.customersCsv(20).getBytes(StandardCharsets.UTF_8)).expect(201).id();
        try {
            JsonNode set = admin.put(budgetPath, "{\"seedEpsilon\": 4, \"seedDelta\": 2e-5}", null).expect(200).json();
            seedBudget(2.5, null);

            assertThat(set.get("seedEpsilon").asDouble()).isEqualTo(4.0);
            assertThat(set.get("updatedBy").asString()).isEqualTo("admin");
            JsonNode overridden = tenant.get("/api/seeds/" + seedId + "/privacy-budget").expect(200).json();
            assertThat(overridden.get("epsilon").asDouble()).isEqualTo(2.5);
            assertThat(overridden.get("delta").asDouble()).as("the tenant's, not overridden").isEqualTo(2e-5);
            JsonNode other = tenant.get("/api/seeds/" + otherSeed + "/privacy-budget").expect(200).json();
            assertThat(other.get("epsilon").asDouble()).isEqualTo(4.0);
            assertThat(other.get("ownEpsilon").isNull()).isTrue();
            JsonNode audit = admin.get("/api/admin/audit?tenant=" + TENANT + "&size=50").expect(200).json().get("content");
            assertThat(audit).extracting(event -> event.get("action").asString())
                    .contains("privacy-budget.updated", "privacy-budget.seed-updated");
            assertThat(admin.put(budgetPath, "{\"seedEpsilon\": -1}", null).status()).isEqualTo(400);
            assertThat(tenant.put(budgetPath, "{\"seedEpsilon\": 100}", null).status()).isEqualTo(403);
        } finally {
            admin.put(budgetPath, "{}", null).expect(200);
        }
        assertThat(admin.get(budgetPath).expect(200).json().get("seedEpsilon").asDouble()).isEqualTo(10.0);
    }

    @Test
    void anotherTenantSeesNeitherTheBudgetNorTheLedgerOfASeed() throws Exception {
        String schemaId = dpSchema(1.0, 90);
        seedBudget(2.0, null);
        String run = train(schemaId).expect(202).id();
        Jobs.awaitCompleted(tenant, "/api/train/" + run + "/status");

        assertThat(as("bob").get("/api/seeds/" + seedId + "/privacy-budget").status()).isEqualTo(404);
        assertThat(TenantSql.rows("globex", "select id from privacy_ledger_entries where seed_id = ?", UUID.fromString(seedId))).isEmpty();
        assertThat(TenantSql.rows("globex", "select seed_id from seed_privacy_budgets where seed_id = ?", UUID.fromString(seedId)))
                .isEmpty();
        assertThat(TenantSql.rows(TENANT, "select id from privacy_ledger_entries where seed_id = ?", UUID.fromString(seedId)))
                .hasSize(1);
    }

    @Test
    void aDatasetTrainingOfATableAskingForDifferentialPrivacyIsRefusedUpFront() {
        String schemaId = dpSchema(1.0, 90);
        JsonNode dataset = tenant.post("/api/datasets", "{\"name\": \"DP %s\", \"tableSchemaIds\": [\"%s\"], \"relationships\": []}"
                .formatted(UUID.randomUUID(), schemaId)).expect(201).json();
        String table = dataset.get("tables").get(0).get("name").asString();

        Response refused = tenant.post("/api/datasets/" + dataset.get("id").asString() + "/train",
                "{\"seeds\": {\"%s\": \"%s\"}}".formatted(table, seedId));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("seeds." + table, "differential privacy");
        assertThat(tenant.get("/api/seeds/" + seedId + "/privacy-budget").expect(200).json().get("entries")).isEmpty();
    }

    /** A schema of the customers seed's columns with differential privacy on, and age declared at most {@code maxAge}. */
    private String dpSchema(double epsilon, int maxAge) {
        return tenant.post("/api/schemas", """
                {"name": "DP %s", "description": "test", "domain": "finance",
                 "fields": [
                   {"name": "age", "type": "integer", "constraints": {"min": 18, "max": %d}},
                   {"name": "income", "type": "integer", "constraints": {"min": 0, "max": 200000}},
                   {"name": "segment", "type": "string", "constraints": {"enum": ["retail", "business", "premium"]}}],
                 "targetVolume": {"recordsPerDay": 1000, "days": 1},
                 "privacySettings": {"differentialPrivacy": true, "epsilon": %s}}"""
                .formatted(UUID.randomUUID(), maxAge, epsilon)).expect(201).id();
    }

    private void seedBudget(Double epsilon, Double delta) {
        admin.put("/api/admin/tenants/" + TENANT + "/privacy-budget/seeds/" + seedId,
                "{\"epsilon\": %s, \"delta\": %s}".formatted(epsilon, delta), null).expect(200);
    }

    private Response train(String schemaId) {
        return tenant.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId));
    }

    /** Sends the same training request {@code count} times at once, released together by a start gate. */
    private List<Response> race(String schemaId, int count) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(pool.submit(() -> {
                    gate.await();
                    return train(schemaId);
                }));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : sent) {
                responses.add(response.get());
            }
            return responses;
        }
    }

    /** Training job executions of the tenant whose run the tenant does not have: what a refused training that launched would leave. */
    private static long orphanTrainingJobs() throws Exception {
        return (Long) TenantSql.rows(TENANT, """
                select count(*) as orphans from batch_job_execution_params t
                join batch_job_execution_params r on r.job_execution_id = t.job_execution_id and r.parameter_name = 'run'
                where t.parameter_name = 'tenant' and t.parameter_value = ?
                  and not exists (select 1 from training_runs run where run.id::text = r.parameter_value)""", TENANT)
                .getFirst().get("orphans");
    }

    private static long agesAbove(int max) {
        return Jobs.customersCsv(ROWS).lines().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[0]))
                .filter(age -> age > max).count();
    }
}
