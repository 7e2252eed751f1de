package dk.infohus.launcher;

/** Tiny main classes that {@link ChildProcessIT} starts as child JVMs. */
final class ChildMains {

    private ChildMains() {}

    /** Prints its arguments and a system property, then exits with code 3. */
    static final class Exiting {
        public static void main(String[] args) {
            System.out.println("args=" + String.join(",", args) + " property=" + System.getProperty("child.test"));
            System.err.println("to stderr");
            System.exit(3);
        }
    }

    /** Runs until it is stopped, listening on no port. */
    static final class Waiting {
        public static void main(String[] args) throws InterruptedException {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
            System.out.println("waiting");
            Thread.currentThread().join();
        }
    }
}
