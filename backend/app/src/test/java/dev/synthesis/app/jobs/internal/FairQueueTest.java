package dev.synthesis.app.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairQueueTest {

    private final FairQueue queue = new FairQueue();

    @Test
    void servesTenantsInTurnWhateverTheirBacklog() {
        submit("acme", 1, 3);
        submit("globex", 2, 3);
        submit("initech", 3, 3);

        assertThat(takeAll()).containsExactly("initech/3/0", "globex/2/0", "acme/1/0", "initech/3/1", "globex/2/1", "acme/1/1",
                "initech/3/2", "globex/2/2", "acme/1/2");
    }

    @Test
    void aTenantsJobsTakeTurnsAndEachJobsTasksComeInOrder() {
        submit("acme", 1, 3);
        submit("acme", 2, 2);

        assertThat(takeAll()).containsExactly("acme/2/0", "acme/1/0", "acme/2/1", "acme/1/1", "acme/1/2");
    }

    @Test
    void aNewTenantIsServedNextHoweverManyTasksWait() {
        submit("acme", 1, 40);
        submit("acme", 2, 40);
        take(3);

        submit("globex", 3, 1);

        assertThat(take(1)).containsExactly("globex/3/0");
        assertThat(queue.size()).isEqualTo(77);
    }

    @Test
    void droppingAJobTakesOutItsWaitingTasksOnly() {
        submit("acme", 1, 3);
        submit("acme", 2, 2);
        submit("globex", 3, 2);

        List<FairTask> dropped = queue.drop(new TaskOwner(new TenantId("acme"), 1));

        assertThat(dropped).extracting(Object::toString).containsExactly("acme/1/0", "acme/1/1", "acme/1/2");
        assertThat(queue.size()).isEqualTo(4);
        assertThat(takeAll()).containsExactly("globex/3/0", "acme/2/0", "globex/3/1", "acme/2/1");
        assertThat(queue.drop(new TaskOwner(new TenantId("acme"), 1))).isEmpty();
    }

    @Test
    void aTenantWithNothingLeftLosesItsTurn() {
        submit("acme", 1, 1);
        submit("globex", 2, 2);
        queue.drop(new TaskOwner(new TenantId("acme"), 1));

        assertThat(takeAll()).containsExactly("globex/2/0", "globex/2/1");
        assertThat(queue.poll()).isNull();
        assertThat(queue.peek()).isNull();
    }

    @Test
    void removesOneTaskAndKeepsTheRestInOrder() {
        List<Task> tasks = submit("acme", 1, 3);

        assertThat(queue.remove(tasks.get(1))).isTrue();
        assertThat(queue.remove(tasks.get(1))).isFalse();

        assertThat(takeAll()).containsExactly("acme/1/0", "acme/1/2");
    }

    @Test
    void aWorkerWaitsForTheNextTask() throws InterruptedException {
        assertThat(queue.poll(10, TimeUnit.MILLISECONDS)).isNull();
        Thread submitter = Thread.ofVirtual().start(() -> submit("acme", 1, 1));

        assertThat(queue.take()).hasToString("acme/1/0");
        submitter.join();
    }

    @Test
    void drainsInTurnAndListsEveryWaitingTask() {
        submit("acme", 1, 2);
        submit("globex", 2, 1);

        assertThat(queue).extracting(Object::toString).containsExactlyInAnyOrder("acme/1/0", "acme/1/1", "globex/2/0");
        List<Runnable> drained = new ArrayList<>();
        assertThat(queue.drainTo(drained)).isEqualTo(3);
        assertThat(drained).extracting(Object::toString).containsExactly("globex/2/0", "acme/1/0", "acme/1/1");
        assertThat(queue).isEmpty();
    }

    private List<Task> submit(String tenant, long job, int count) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Task task = new Task(new TaskOwner(new TenantId(tenant), job), i);
            queue.offer(task);
            tasks.add(task);
        }
        return tasks;
    }

    private List<String> take(int count) {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(queue.poll().toString());
        }
        return taken;
    }

    private List<String> takeAll() {
        return take(queue.size());
    }

    /** A task that only names itself: tenant/job/index. */
    private record Task(TaskOwner owner, int index) implements FairTask {

        @Override
        public void run() {}

        @Override
        public void dropped() {}

        @Override
        public String toString() {
            return owner.tenant().value() + "/" + owner.jobExecution() + "/" + index;
        }
    }
}
