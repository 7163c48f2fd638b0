package dev.synthesis.app.deployment;

import dev.synthesis.app.deployment.internal.Deployment;
import dev.synthesis.app.deployment.internal.DeploymentPlan;
import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.app.request.RequestLimits;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns a request into a checked deployment, and a deployment day into a generation job's shape. */
@Component
class DeploymentPlanner {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Clock clock;
    private final long maxRowsPerDay;

    DeploymentPlanner(Clock clock, RequestLimits limits) {
        this.clock = clock;
        this.maxRowsPerDay = limits.maxRowsPerJob();
    }

    DeploymentPlan plan(SchemaView schema, DeploymentRequest request) {
        DataSchema definition = schema.definition();
        long perDay = request.recordsPerDay() != null ? request.recordsPerDay() : definition.targetVolume().recordsPerDay();
        int days = request.days() != null ? request.days() : definition.targetVolume().days();
        // the request's own values are checked when it arrives; these may be the schema's targetVolume
        if (perDay > maxRowsPerDay) {
            throw new InvalidRequest("recordsPerDay", "is " + perDay + ", more than one job may produce (" + maxRowsPerDay
                    + "); deploy fewer rows a day");
        }
        if (days > DeploymentRequest.MAX_DAYS) {
            throw new InvalidRequest("days", "is " + days + "; a deployment runs for at most " + DeploymentRequest.MAX_DAYS + " days");
        }
        OutputFormat format = request.format() == null ? OutputFormat.CSV : request.format();
        if (format != OutputFormat.CSV && format != OutputFormat.JSONL) {
            throw new InvalidRequest("format", "daily batches are csv or jsonl, got " + format.extension());
        }
        LocalDate start = request.startDate() != null ? request.startDate() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String dateField = dateField(definition, request.dateField(), start, start.plusDays(days - 1L));
        return new DeploymentPlan(UUID.randomUUID(), schema.id().value(), schema.version(), perDay, days, start,
                request.seed() != null ? request.seed() : SEEDS.nextLong(), format.extension(),
                request.gzip() == null || request.gzip(), dateField);
    }

    Generation.JobShape batch(Deployment deployment, int day, ObjectKey output) {
        return new Generation.JobShape(deployment.recordsPerDay(), day * deployment.recordsPerDay(), deployment.seed(),
                deployment.format(), deployment.gzip(), false, deployment.dateField(), deployment.dateOf(day), output);
    }

    /** The field stamped with each day: the one asked for, else the first temporal field; its bounds must allow every day. */
    private static String dateField(DataSchema schema, String wanted, LocalDate first, LocalDate last) {
        FieldDefinition field = wanted != null
                ? schema.field(wanted).orElseThrow(() -> new InvalidRequest("dateField", "the schema has no field '" + wanted + "'"))
                : schema.fields().stream().filter(f -> f.type().isTemporal()).findFirst().orElse(null);
        if (field == null) {
            return null;
        }
        if (!field.type().isTemporal()) {
            throw new InvalidRequest("dateField", "'" + field.name() + "' is " + field.type().jsonName() + ", not a date or datetime");
        }
        checkWithin(field, field.constraints().min(), first, true);
        checkWithin(field, field.constraints().max(), last, false);
        return field.name();
    }

    private static void checkWithin(FieldDefinition field, Bound bound, LocalDate day, boolean isMin) {
        if (bound == null) {
            return;
        }
        long epochSecond = day.toEpochDay() * 86_400L;
        long limit = bound.asEpochSecond().orElseThrow();
        if (isMin ? epochSecond < limit : epochSecond + 86_399 > limit) {
            throw new InvalidRequest("batch day " + day + " falls outside " + field.name() + "'s "
                    + (isMin ? "min " : "max ") + bound.text());
        }
    }
}
