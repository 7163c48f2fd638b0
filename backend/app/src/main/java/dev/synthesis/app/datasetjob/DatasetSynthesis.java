package dev.synthesis.app.datasetjob;

import dev.synthesis.app.datasetjob.internal.DatasetDownloads;
import dev.synthesis.app.datasetjob.internal.DatasetJob;
import dev.synthesis.app.datasetjob.internal.DatasetJobs;
import dev.synthesis.app.datasetjob.internal.DatasetJobViews;
import dev.synthesis.app.datasetjob.internal.DatasetStarts;
import dev.synthesis.app.datasetjob.internal.DatasetTrainingRuns;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.training.TrainingStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dataset jobs feature's API: train a dataset, generate it, follow, cancel and download its jobs. */
@Service
public class DatasetSynthesis {

    private final DatasetStarts starts;
    private final DatasetJobs jobs;
    private final DatasetTrainingRuns runs;
    private final DatasetJobViews views;
    private final DatasetDownloads downloads;

    DatasetSynthesis(DatasetStarts starts, DatasetJobs jobs, DatasetTrainingRuns runs, DatasetJobViews views,
            DatasetDownloads downloads) {
        this.starts = starts;
        this.jobs = jobs;
        this.runs = runs;
        this.views = views;
        this.downloads = downloads;
    }

    /** Queues a training run of the dataset's current version, unless a quota or a full instance refuses it. */
    public DatasetTrainingView train(UUID datasetId, DatasetTrainRequest request, String actor) {
        return views.of(starts.train(datasetId, request.seedsOrNone(), actor));
    }

    /** The dataset's newest training run. */
    @Transactional(readOnly = true)
    public DatasetTrainingView latestTraining(UUID datasetId) {
        starts.requireDataset(datasetId);
        return runs.findFirstByDatasetIdOrderByCreatedAtDesc(datasetId).map(views::of)
                .orElseThrow(() -> DatasetTrainingRunNotFound.none(datasetId));
    }

    /**
     * Queues a job from the dataset's newest model (a schema-only one when it was never trained),
     * its rows planned and checked against the tenant's quota before it is accepted.
     */
    public DatasetJobView generate(UUID datasetId, DatasetGenerateRequest request, String actor) {
        return views.of(starts.generate(datasetId, request, actor));
    }

    /** The tenant's jobs, newest first; only the dataset's when one is given. */
    @Transactional(readOnly = true)
    public Page<DatasetJobView> list(Optional<UUID> datasetId, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return datasetId.map(id -> jobs.findByDatasetId(id, newestFirst)).orElseGet(() -> jobs.findAll(newestFirst)).map(views::of);
    }

    @Transactional(readOnly = true)
    public DatasetJobView status(DatasetJobId id) {
        return views.of(find(id));
    }

    /** The tenant's queued and running jobs, oldest first. */
    @Transactional(readOnly = true)
    public List<DatasetJobView> active() {
        return jobs.findByStatusInOrderByCreatedAt(List.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING)).stream()
                .map(views::of).toList();
    }

    /** The tenant's queued and running training runs, oldest first. */
    @Transactional(readOnly = true)
    public List<DatasetTrainingView> activeTraining() {
        return runs.findByStatusInOrderByCreatedAt(List.of(TrainingStatus.QUEUED, TrainingStatus.RUNNING)).stream()
                .map(views::of).toList();
    }

    /** Asks a queued or running job to stop; its parts stop within about a second and its output is discarded. */
    @Transactional
    public DatasetJobView cancel(DatasetJobId id) {
        DatasetJob job = find(id);
        if (job.status().finished()) {
            throw new DatasetJobNotReady(id, job.status());
        }
        starts.cancel(job.id());
        return views.of(job);
    }

    /** The whole dataset as one file, checked before any byte is streamed. */
    @Transactional(readOnly = true)
    public DatasetDownloads.Download download(DatasetJobId id) {
        return downloads.all(completed(id));
    }

    @Transactional(readOnly = true)
    public DatasetDownloads.Download downloadTable(DatasetJobId id, String table) {
        return downloads.table(completed(id), table);
    }

    /**
     * A completed job's signed manifest ({@code manifest.json}: a JWS in flattened JSON whose payload
     * is the manifest, with each table's parts and Merkle root).
     */
    @Transactional(readOnly = true)
    public byte[] manifest(DatasetJobId id) {
        return downloads.manifest(completed(id));
    }

    private DatasetJob completed(DatasetJobId id) {
        DatasetJob job = find(id);
        if (job.status() != GenerationStatus.COMPLETED) {
            throw new DatasetJobNotReady(id, job.status());
        }
        return job;
    }

    private DatasetJob find(DatasetJobId id) {
        return jobs.findById(id.value()).orElseThrow(() -> new DatasetJobNotFound(id));
    }

    /** For the training status of one run (admin, job events). */
    @Transactional(readOnly = true)
    public DatasetTrainingView training(DatasetTrainingRunId id) {
        return runs.findById(id.value()).map(views::of).orElseThrow(() -> new DatasetTrainingRunNotFound(id));
    }
}
