package dev.synthesis.app.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.tenancy.TenantId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One worker thread, held by a first task while the others queue, so the order of the rest is the queue's. */
class FairExecutorTest {

    private final FairExecutor executor = new FairExecutor(1, "test-worker-");
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<String> dropped = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void anotherTenantsTaskRunsAsSoonAsTheRunningOneEnds() throws InterruptedException {
        occupyTheWorker();
        submit("acme", 1, "a1", "a2", "a3");
        submit("acme", 2, "b1", "b2");
        submit("globex", 3, "g1");

        release.countDown();

        awaitRan(7);
        assertThat(ran).containsExactly("blocker", "g1", "b1", "a1", "b2", "a2", "a3");
    }

    @Test
    void aDroppedJobsTasksNeverRunAndAreToldSo() throws InterruptedException {
        occupyTheWorker();
        submit("acme", 1, "a1", "a2");
        submit("globex", 2, "g1");

        executor.drop(new TaskOwner(new TenantId("acme"), 1));
        release.countDown();

        awaitRan(2);
        assertThat(ran).containsExactly("blocker", "g1");
        assertThat(dropped).containsExactly("a1", "a2");
    }

    private void occupyTheWorker() throws InterruptedException {
        executor.execute(new Named(new TaskOwner(new TenantId("initech"), 0), "blocker", () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private void submit(String tenant, long job, String... names) {
        for (String name : names) {
            executor.execute(new Named(new TaskOwner(new TenantId(tenant), job), name, () -> {}));
        }
    }

    private void awaitRan(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ran.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ran).hasSize(count);
    }

    private final class Named implements FairTask {

        private final TaskOwner owner;
        private final String name;
        private final Runnable work;

        Named(TaskOwner owner, String name, Runnable work) {
            this.owner = owner;
            this.name = name;
            this.work = work;
        }

        @Override
        public TaskOwner owner() {
            return owner;
        }

        @Override
        public void run() {
            ran.add(name);
            work.run();
        }

        @Override
        public void dropped() {
            dropped.add(name);
        }
    }
}
