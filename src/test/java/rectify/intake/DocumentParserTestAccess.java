package rectify.intake;

import java.io.IOException;

/** The seed report's text for tests outside this package. */
public final class DocumentParserTestAccess {

    private DocumentParserTestAccess() {
    }

    public static String seed() throws IOException {
        return DocumentParserTest.seed();
    }
}
