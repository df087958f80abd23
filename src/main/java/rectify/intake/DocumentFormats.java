package rectify.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.http.HttpStatus;

import rectify.shared.BusinessException;

/**
 * Which kind of file a document is, decided from its first bytes and its parts, whatever type it was declared as;
 * each kind read into lines, or refused with one sentence that says what the file is and what to do instead.
 */
final class DocumentFormats {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentFormats.class);

    /** A docx part may expand at most this much; a real document's text is a few megabytes at most. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(10_000);
    }

    private DocumentFormats() {
    }

    static List<SourceLine> lines(byte[] bytes) {
        try {
            if (starts(bytes, 'P', 'K', 3, 4)) {
                return zip(bytes);
            }
            if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return ole2(bytes);
            }
            if (starts(bytes, '%', 'P', 'D', 'F')) {
                return PdfText.lines(bytes);
            }
            if (starts(bytes, '{', '\\', 'r', 't', 'f')) {
                throw refused("intake.rule.rtf");
            }
            if (starts(bytes, 0xFF, 0xD8, 0xFF) || starts(bytes, 0x89, 'P', 'N', 'G') || starts(bytes, 'G', 'I', 'F', '8')
                    || starts(bytes, 'I', 'I', '*', 0) || starts(bytes, 'M', 'M', 0, '*')) {
                throw refused("intake.rule.image");
            }
            return PlainText.lines(bytes);
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || e.getCause() != null
                    && String.valueOf(e.getCause().getMessage()).contains("Zip bomb")) {
                throw refused("intake.rule.zipBomb");
            }
            LOG.debug("a document could not be read", e);
            throw refused("intake.rule.unreadable");
        }
    }

    /**
     * docx; the other zips offices send (xlsx, pptx, OFD) are named so the user knows what to do. The part names
     * come from the zip's central directory, so nothing is inflated before POI reads the document within its limits.
     */
    private static List<SourceLine> zip(byte[] bytes) throws IOException {
        List<String> names = ZipDirectory.names(bytes);
        if (names.contains("word/document.xml")) {
            return DocxText.lines(bytes);
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            throw refused("intake.rule.spreadsheet");
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            throw refused("intake.rule.presentation");
        }
        if (names.stream().anyMatch(n -> n.equalsIgnoreCase("OFD.xml"))) {
            throw refused("intake.rule.ofd");
        }
        throw refused("intake.rule.unreadable");
    }

    /** Word 97–2003; the other OLE2 files (xls, WPS's own .wps/.et, encrypted docx) are named. */
    private static List<SourceLine> ole2(byte[] bytes) throws IOException {
        POIFSFileSystem file;
        try {
            file = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (EmptyFileException e) {
            throw refused("intake.rule.unreadable");
        }
        try (file) {
            DirectoryNode root = file.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw refused("intake.rule.encrypted");
            }
            if (root.hasEntry("WordDocument")) {
                try {
                    return DocText.lines(file);
                } catch (org.apache.poi.EncryptedDocumentException e) {
                    throw refused("intake.rule.encrypted");
                } catch (RuntimeException e) {
                    throw refused("intake.rule.wps");
                }
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book") || root.hasEntry("WPS Spreadsheet")) {
                throw refused("intake.rule.spreadsheet");
            }
            throw refused("intake.rule.wps");
        }
    }

    private static BusinessException refused(String key) {
        return new BusinessException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, key);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != (prefix[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
