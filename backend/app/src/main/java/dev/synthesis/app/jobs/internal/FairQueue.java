package dev.synthesis.app.jobs.internal;

import dev.synthesis.app.tenancy.TenantId;
import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The worker threads' queue: tasks wait per tenant and, within a tenant, per job. Each take serves
 * the tenant whose turn it is (round-robin), within it the job whose turn it is (round-robin), and
 * that job's oldest task (FIFO). A tenant or job with nothing waiting that submits goes first, so
 * a newcomer waits for one running task to end, never for the tasks queued before it; it then
 * takes its turn like the others. Unbounded: admission bounds the jobs, and a job's partitions.
 */
final class FairQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    /** The tenants with tasks waiting, whose turn comes first at the head. */
    private final Lanes<TenantId, Lanes<Long, Deque<FairTask>>> tenants = new Lanes<>();
    private int count;

    @Override
    public boolean offer(Runnable task) {
        if (!(task instanceof FairTask fair)) {
            throw new IllegalArgumentException("the fair queue holds fair tasks only");
        }
        lock.lock();
        try {
            tenants.get(fair.owner().tenant(), Lanes::new).get(fair.owner().jobExecution(), ArrayDeque::new).addLast(fair);
            count++;
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Runnable poll() {
        lock.lock();
        try {
            return count == 0 ? null : next();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Runnable take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            return next();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return next();
        } finally {
            lock.unlock();
        }
    }

    /** Takes a job's waiting tasks out of the queue, oldest first; they will not run. */
    List<FairTask> drop(TaskOwner owner) {
        lock.lock();
        try {
            Lanes<Long, Deque<FairTask>> jobs = tenants.find(owner.tenant());
            Deque<FairTask> tasks = jobs == null ? null : jobs.remove(owner.jobExecution());
            if (tasks == null) {
                return List.of();
            }
            if (jobs.isEmpty()) {
                tenants.remove(owner.tenant());
            }
            count -= tasks.size();
            return List.copyOf(tasks);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean remove(Object task) {
        if (!(task instanceof FairTask fair)) {
            return false;
        }
        lock.lock();
        try {
            Lanes<Long, Deque<FairTask>> jobs = tenants.find(fair.owner().tenant());
            Deque<FairTask> tasks = jobs == null ? null : jobs.find(fair.owner().jobExecution());
            if (tasks == null || !tasks.remove(fair)) {
                return false;
            }
            count--;
            if (tasks.isEmpty()) {
                jobs.remove(fair.owner().jobExecution());
                if (jobs.isEmpty()) {
                    tenants.remove(fair.owner().tenant());
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Runnable peek() {
        lock.lock();
        try {
            return count == 0 ? null : tenants.current().current().peekFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot, tenant by tenant and job by job (not the order of service); removal goes through {@link #remove}. */
    @Override
    public Iterator<Runnable> iterator() {
        List<Runnable> snapshot = new ArrayList<>();
        lock.lock();
        try {
            tenants.values().forEach(jobs -> jobs.values().forEach(snapshot::addAll));
        } finally {
            lock.unlock();
        }
        Iterator<Runnable> tasks = snapshot.iterator();
        return new Iterator<>() {
            private Runnable last;

            @Override
            public boolean hasNext() {
                return tasks.hasNext();
            }

            @Override
            public Runnable next() {
                last = tasks.next();
                return last;
            }

            @Override
            public void remove() {
                FairQueue.this.remove(last);
            }
        };
    }

    @Override
    public void put(Runnable task) {
        offer(task);
    }

    @Override
    public boolean offer(Runnable task, long timeout, TimeUnit unit) {
        return offer(task);
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int drainTo(Collection<? super Runnable> target) {
        return drainTo(target, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super Runnable> target, int maxElements) {
        lock.lock();
        try {
            int drained = 0;
            while (count > 0 && drained < maxElements) {
                target.add(next());
                drained++;
            }
            return drained;
        } finally {
            lock.unlock();
        }
    }

    /** The next task in turn; the tenant and the job served go to the back of their turns. Called holding the lock. */
    private FairTask next() {
        Lanes<Long, Deque<FairTask>> jobs = tenants.current();
        FairTask task = jobs.current().removeFirst();
        jobs.endTurn(Deque::isEmpty);
        tenants.endTurn(Lanes::isEmpty);
        count--;
        return task;
    }
}
