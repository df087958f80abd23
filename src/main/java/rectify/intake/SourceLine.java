package rectify.intake;

/** One line of a document's text, and how it stands to the line before it. */
record SourceLine(String text, Break before) {

    enum Break {
        /** A new paragraph for certain (a Word paragraph, an indented line of a PDF). */
        PARAGRAPH,
        /** A line break that may or may not end the paragraph (plain text, a soft break in Word). */
        LINE,
        /** The line before ran to the margin: this line continues its paragraph. */
        WRAP
    }

    static SourceLine paragraph(String text) {
        return new SourceLine(text, Break.PARAGRAPH);
    }

    static SourceLine line(String text) {
        return new SourceLine(text, Break.LINE);
    }
}
