package rectify.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * LibreOffice, headless, for what must be seen as a reader sees it: documents turned into PDF (or .doc) to be
 * measured. CI installs it (.ci/run); elsewhere a test that needs it is skipped when it is missing.
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    public static boolean installed() {
        return Files.isExecutable(SOFFICE);
    }

    /** In CI a missing LibreOffice fails the test; elsewhere it skips it. */
    public static void requiredFor(String what) {
        if (System.getenv("CI") == null) {
            assumeTrue(installed(), "LibreOffice is needed to " + what);
        }
    }

    /**
     * Converts a file into the format ("pdf", "doc") beside it, with a user profile of its own so that conversions
     * running at the same time do not meet; answers the converted file.
     */
    public static Path convert(Path file, String format) throws IOException, InterruptedException {
        Path folder = file.toAbsolutePath().getParent();
        Process p = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--headless", "--convert-to", format, "--outdir", folder.toString(), file.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        String name = file.getFileName().toString();
        Path converted = folder.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
        if (p.waitFor() != 0 || !Files.exists(converted)) {
            throw new IOException("LibreOffice could not convert " + file + " to " + format);
        }
        return converted;
    }
}
