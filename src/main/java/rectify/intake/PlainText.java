package rectify.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import rectify.shared.BusinessException;

/**
 * Text files as offices send them: UTF-8 with or without a byte-order mark, UTF-16 (Windows Notepad's "Unicode"),
 * and GB18030/GBK (what older Chinese Windows saves), decided from the bytes, never from the declared type.
 */
final class PlainText {

    static final Charset GB18030 = Charset.forName("GB18030");

    private PlainText() {
    }

    static List<SourceLine> lines(byte[] bytes) {
        String text = decode(bytes);
        long control = text.chars().limit(65_536)
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > Math.min(text.length(), 65_536) / 100 + 2) {
            throw BusinessException.rule("intake.rule.binary");
        }
        List<SourceLine> lines = new ArrayList<>();
        text.lines().forEach(line -> lines.add(SourceLine.line(line)));
        return lines;
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        boolean zeros = false;
        for (int i = 0; i < Math.min(b.length, 8192) && !zeros; i++) {
            zeros = b[i] == 0;
        }
        if (!zeros && strictly(b, StandardCharsets.UTF_8)) {
            return new String(b, StandardCharsets.UTF_8);
        }
        Charset utf16 = utf16WithoutMark(b);
        if (utf16 != null) {
            return new String(b, utf16);
        }
        return new String(b, GB18030);
    }

    /**
     * UTF-16 without a mark: the side whose reading is nearly all Chinese characters, ASCII and the punctuation of
     * Chinese text. Any other bytes read as UTF-16 scatter over the whole range of characters.
     */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4 || b.length % 2 != 0) {
            return null;
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String sample = new String(b, 0, n, charset);
            long plausible = sample.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF || c >= 0x20 && c < 0x7F
                    || c == '\n' || c == '\r' || c == '\t' || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                    || c >= 0x2010 && c <= 0x206F).count();
            if (plausible * 100 >= sample.length() * 95L) {
                return charset;
            }
        }
        return null;
    }

    private static boolean strictly(byte[] b, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
