package rectify.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines into paragraphs. Where the format says where a paragraph ends (Word, an indented PDF line) that is taken;
 * where it does not (plain text, soft breaks, page breaks in the middle of a sentence) a line continues the
 * paragraph unless it starts a numbered item or a lead such as "整改情况：", or the paragraph before it ended (a
 * full stop, a heading, a problem title with its status words). Page-number debris is dropped here.
 */
final class Paragraphs {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[—–\\-－一_·\\s]*\\d{1,4}[—–\\-－一_·\\s]*$|^第\\s*\\d+\\s*页.{0,8}$|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^共\\s*\\d+\\s*页.{0,8}$");
    /** A document of at most this many lines, one of them this long, was pasted as one line. */
    private static final int RUN_ON_LINES = 3;
    private static final int RUN_ON_LENGTH = 200;
    /** Characters that never start a paragraph: a line starting with one continues the one before. */
    private static final String CONTINUATION = "的了和及与或等之其而并，。、；：）》”』」！？";

    private Paragraphs() {
    }

    static List<String> of(List<SourceLine> lines) {
        List<SourceLine> normalised = new ArrayList<>(lines.size());
        boolean runOn = lines.stream().filter(l -> !l.text().isBlank()).limit(RUN_ON_LINES + 1).count() <= RUN_ON_LINES;
        for (SourceLine line : lines) {
            String text = ChineseText.normalise(line.text());
            List<String> pieces = runOn && text.length() >= RUN_ON_LENGTH ? RunOnText.split(text) : List.of(text);
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                if (!piece.isEmpty() && !PAGE_NUMBER.matcher(piece).matches()) {
                    normalised.add(new SourceLine(piece, i == 0 ? line.before() : SourceLine.Break.PARAGRAPH));
                }
            }
        }
        Layout layout = Layout.of(normalised);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Marker currentMarker = null;
        String lastPiece = "";
        for (SourceLine line : normalised) {
            String piece = line.text();
            Marker marker = Marker.of(piece);
            boolean starts = current.isEmpty() || switch (line.before()) {
                case PARAGRAPH -> !continues(current, piece);
                case WRAP -> false;
                case LINE -> marker != null || Leads.ANY.matcher(piece).lookingAt() || Passages.isDate(piece)
                        || Passages.isHeaderLine(piece) || current.length() <= 40 && Leads.FIELD.matcher(current).lookingAt()
                        || ended(current, piece, currentMarker, paragraphs.isEmpty(), layout, lastPiece);
            };
            if (starts && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (current.isEmpty()) {
                currentMarker = marker;
            }
            current.append(piece);
            lastPiece = piece;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** Whether plain lines are wrapped at a fixed width, and from which length a line counts as full. */
    private record Layout(boolean wrapped, int full) {

        /**
         * Wrapped: a third of the lines or more have the same length (give or take one for half-width characters), of at most 100
         * characters; a line is full from that length less two.
         */
        static Layout of(List<SourceLine> lines) {
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            int total = 0;
            for (SourceLine line : lines) {
                if (line.before() == SourceLine.Break.LINE) {
                    counts.merge(line.text().length(), 1, Integer::sum);
                    total++;
                }
            }
            int width = 0;
            int around = 0;
            for (int length : counts.keySet()) {
                int n = counts.getOrDefault(length - 1, 0) + counts.get(length) + counts.getOrDefault(length + 1, 0);
                if (n > around) {
                    around = n;
                    width = length;
                }
            }
            boolean wrapped = total >= 15 && width >= 20 && width <= 100 && around * 3 >= total;
            return new Layout(wrapped, wrapped ? width - 2 : Integer.MAX_VALUE);
        }
    }

    /**
     * Whether the paragraph so far ends at this line break. A sentence that ended does, one that stops at a comma
     * does not, and nor does one whose next line starts with a word that cannot start a paragraph (的、和、等 …).
     * Where the text is wrapped at a fixed width, a short line ends its paragraph and a full one does not; where each
     * paragraph is one line, a heading ends at its line break and a text cut without punctuation was cut by a
     * page break.
     */
    private static boolean ended(CharSequence text, String next, Marker marker, boolean title, Layout layout,
                                 String lastLine) {
        char last = text.charAt(text.length() - 1);
        if (last == '。' || last == '：' || last == '！' || last == '？') {
            return true;
        }
        if (last == '，' || last == '、' || last == '；' || last == '“' || last == '（' || last == '—'
                || CONTINUATION.indexOf(next.charAt(0)) >= 0) {
            return false;
        }
        if (title || text.length() <= 60 && Passages.kindOf(text.toString()) == ParsedDocument.Reason.SIGNATURE) {
            return true;
        }
        if (layout.wrapped()) {
            return lastLine.length() < layout.full();
        }
        if (marker == null) {
            return last == '）' && statusClosed(text);
        }
        boolean heading = marker.type() == Marker.Type.CN1 || marker.type() == Marker.Type.CN2;
        return text.length() <= 60 || !heading && text.length() <= 150 && (last == '题' || last == '）' || last == '】');
    }

    /** A paragraph that starts with 的、和 … after one that stopped mid-sentence was cut (a centred title's lines). */
    private static boolean continues(CharSequence current, String next) {
        char last = current.charAt(current.length() - 1);
        return CONTINUATION.indexOf(next.charAt(0)) >= 0 && "。：！？；）】".indexOf(last) < 0;
    }

    /** "……（已整改到位）" ends a line; looks only at the end of the paragraph, so joining stays linear. */
    private static boolean statusClosed(CharSequence text) {
        int from = Math.max(0, text.length() - 16);
        String tail = text.subSequence(from, text.length()).toString();
        return ProblemText.STATUS.matcher(tail).find();
    }
}
