package briefing.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest, so it is stated in one place: the pom. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"briefing " + (v == null ? "(development)" : v)};
    }
}
