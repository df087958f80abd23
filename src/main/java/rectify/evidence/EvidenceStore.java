package rectify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import rectify.shared.BusinessException;

/**
 * Files on disk under {@code <data folder>/evidence/ab/cd/<sha256>}: the path comes from the content's hash only,
 * never from what the user called the file. The same content is stored once. Uploads stream to a temporary file
 * while the hash is computed, are refused past the size limit, and must be what their name says they are.
 */
@Component
class EvidenceStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvidenceStore.class);

    private final Path root;
    private final long maxBytes;

    EvidenceStore(@Value("${rectify.data-dir}") Path dataDir,
                  @Value("${rectify.evidence.max-file-size:50MB}") DataSize maxFileSize) {
        this.root = dataDir.resolve("evidence");
        this.maxBytes = maxFileSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    StoredFile store(InputStream content, String fileName) {
        FileType declared = FileType.byExtension(fileName)
                .orElseThrow(() -> new BusinessException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence.rule.type",
                        FileType.acceptedExtensions()));
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size = copyWithLimit(content, new DigestOutputStream(Files.newOutputStream(temp), digest));
                if (size == 0) {
                    throw BusinessException.rule("evidence.rule.empty", fileName);
                }
                if (!contentMatches(temp, declared)) {
                    throw new BusinessException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence.rule.content", fileName);
                }
                String sha256 = HexFormat.of().formatHex(digest.digest());
                Path target = pathOf(sha256);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    removeIfRolledBack(target);
                }
                return new StoredFile(sha256, size, declared);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not store an evidence file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file new to the store belongs to the transaction that stored it: if that transaction does not commit (a later
     * file of the same upload refused, a crash of the request), the file goes too, so disk and database agree.
     */
    private static void removeIfRolledBack(Path stored) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            try {
                                Files.deleteIfExists(stored);
                            } catch (IOException e) {
                                log.warn("could not remove {} after a refused upload: {}", stored, e.getMessage());
                            }
                        }
                    }
                });
    }

    /** At start, upload parts left by a crash (older than an hour, so another node's upload in progress is kept). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void removeAbandonedParts() {
        Path tmp = root.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return;
        }
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (var parts = Files.list(tmp)) {
            for (Path part : parts.toList()) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            log.warn("could not clean {}: {}", tmp, e.getMessage());
        }
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    Path relativePathOf(String sha256) {
        return Path.of("evidence").resolve(root.relativize(pathOf(sha256)));
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha256");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long copyWithLimit(InputStream in, OutputStream out) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (out) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new BusinessException(HttpStatus.CONTENT_TOO_LARGE, "evidence.rule.tooLarge",
                            DataSize.ofBytes(maxBytes).toMegabytes());
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** The first bytes (and for zip containers, the entries) must fit the type the name declares. */
    static boolean contentMatches(Path file, FileType declared) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 8);
        }
        return switch (declared) {
            case PDF -> startsWith(head, n, "%PDF-".getBytes());
            case PNG -> startsWith(head, n, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case JPEG -> startsWith(head, n, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case DOC, XLS -> startsWith(head, n, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                    (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
            case DOCX -> zipHas(file, head, n, "word/document.xml");
            case XLSX -> zipHas(file, head, n, "xl/workbook.xml");
            case OFD -> zipHas(file, head, n, "OFD.xml");
            case ZIP -> zipHas(file, head, n, null);
        };
    }

    private static boolean zipHas(Path file, byte[] head, int n, String entry) {
        if (!startsWith(head, n, new byte[] {'P', 'K', 0x03, 0x04})) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return entry == null || zip.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
