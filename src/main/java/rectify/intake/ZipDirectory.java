package rectify.intake;

import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;

/** The names of a zip's entries, read from its central directory at the end of the file. */
final class ZipDirectory {

    private static final int END = 0x06054b50;
    private static final int ENTRY = 0x02014b50;
    private static final int MAX_ENTRIES = 10_000;

    private ZipDirectory() {
    }

    static List<String> names(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (int32(zip, i) == END) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int count = Math.min(int16(zip, end + 10), MAX_ENTRIES);
        long offset = int32(zip, end + 16) & 0xffffffffL;
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, zip.length);
        for (int n = 0; n < count && at + 46 <= zip.length && int32(zip, at) == ENTRY; n++) {
            int nameLength = int16(zip, at + 28);
            int extra = int16(zip, at + 30);
            int comment = int16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extra + comment;
        }
        return names;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int i) {
        return int16(b, i) | int16(b, i + 2) << 16;
    }
}
