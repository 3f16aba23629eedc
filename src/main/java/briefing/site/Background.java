package briefing.site;

/**
 * A task on a thread of its own. {@link #finish} waits for it and throws what it threw; closing
 * waits too, so that a build that fails meanwhile does not remove the folder the task writes into.
 */
final class Background implements AutoCloseable {
    private final Thread thread;
    private volatile Throwable failure;

    Background(String name, Runnable task) {
        thread = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    void finish() {
        close();
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void close() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
