package org.dialogues.database;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes starting, attaching to and stopping the embedded server of one {@code DIALOGUES_HOME}
 * across processes (an OS file lock on {@code server.lock}), so that a second process waits for the
 * first one's start instead of racing it, and the last user's stop cannot cut off one that arrives.
 */
final class HomeLock implements AutoCloseable {

    static final String FILE = "server.lock";
    private static final Duration WAIT = Duration.ofMinutes(2);
    // File locks belong to the whole JVM: threads of one process take turns here first.
    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static HomeLock acquire(Path home) {
        Path file = home.resolve(FILE);
        Instant deadline = Instant.now().plus(WAIT);
        try {
            if (!IN_THIS_PROCESS.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(file);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new HomeLock(channel, lock);
                }
                if (Instant.now().isAfter(deadline)) {
                    channel.close();
                    throw busy(file);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            IN_THIS_PROCESS.unlock();
            throw new DatabaseException(Category.UNEXPECTED_STATE, "cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            IN_THIS_PROCESS.unlock();
            Thread.currentThread().interrupt();
            throw busy(file);
        } catch (RuntimeException e) {
            IN_THIS_PROCESS.unlock();
            throw e;
        }
    }

    private static DatabaseException busy(Path file) {
        return new DatabaseException(Category.UNAVAILABLE, "another Dialogues process has held " + file + " for "
                + WAIT.toMinutes() + " minutes while starting or stopping the embedded database; see postgres.log beside it");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            IN_THIS_PROCESS.unlock();
        }
    }
}
