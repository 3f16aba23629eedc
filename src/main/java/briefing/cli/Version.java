package briefing.cli;

import picocli.CommandLine;

/**
 * Reads the version from the jar's manifest, so it is stated in one place: the pom. A second line
 * names the Java runtime it runs on (which {@code bin/briefing} chooses).
 */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"briefing " + (v == null ? "(development)" : v),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.home") + ")"};
    }
}
