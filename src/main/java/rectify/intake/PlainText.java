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
        if (control > Math.max(8, Math.min(text.length(), 65_536) / 100)) {
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
        Charset utf16 = utf16WithoutMark(b);
        if (utf16 != null) {
            return new String(b, utf16);
        }
        if (strictly(b, StandardCharsets.UTF_8)) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return new String(b, GB18030);
    }

    /**
     * UTF-16 without a mark shows itself by zero bytes on one side (line breaks, digits and spaces); a few Chinese
     * characters (一 is U+4E00) put a zero on the other side too.
     */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd > pairs / 10 && zeroEven < zeroOdd / 4) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs / 10 && zeroOdd < zeroEven / 4) {
            return StandardCharsets.UTF_16BE;
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
