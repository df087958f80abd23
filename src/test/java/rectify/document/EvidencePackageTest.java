package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiTest;
import rectify.support.TestFiles;

/** The evidence package: one folder per problem, original file names, a manifest with SHA-256, scope-checked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EvidencePackageTest extends ApiTest {

    long currentInspection(ApiClient client) {
        for (JsonNode i : client.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第三巡察组对区教育体育局党组常规巡察")) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("no current inspection");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void anInspectionsEvidenceComesAsFoldersPerProblemWithAManifest() throws IOException {
        ApiClient education = as(EDUCATION_COORDINATOR);
        long inspection = currentInspection(education);
        var response = education.download("/api/v1/inspections/" + inspection + "/evidence.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        Map<String, byte[]> entries = unzip(response.body());
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("1.关于落实“双减”政策监督检查不够有力的问题/现场照片1"));
        String manifest = new String(entries.get("清单.csv"), StandardCharsets.UTF_8);
        assertThat(manifest).startsWith("\uFEFF序号,问题,文件");
        for (var entry : entries.entrySet()) {
            if (!entry.getKey().equals("清单.csv")) {
                assertThat(manifest).contains(entry.getKey(), TestFiles.sha256(entry.getValue()));
            }
        }
        assertThat(as(KEXIE_COORDINATOR).download("/api/v1/inspections/" + inspection + "/evidence.zip").statusCode())
                .isEqualTo(404);
    }

    @Test
    void oneProblemsEvidenceAndDuplicateNamesKeptApart() throws IOException {
        ApiClient office = as(INSPECTION_OFFICE);
        long inspection = currentInspection(office);
        long problem = office.get("/api/v1/problems?inspectionId=" + inspection + "&sort=seq").json().get("content")
                .get(0).get("problemId").asLong();
        Map<String, byte[]> entries = unzip(office.download("/api/v1/problems/" + problem + "/evidence.zip").body());
        assertThat(entries.keySet()).allMatch(name -> name.startsWith("1.") || name.equals("清单.csv"));
        assertThat(EvidencePackage.unique("a.png", new java.util.HashSet<>(java.util.List.of("a.png")))).isEqualTo("a(2).png");
        assertThat(EvidencePackage.safe("..\\/etc/passwd:*")).doesNotContain("/", "\\", ":", "*");
    }

    @org.junit.jupiter.api.Test
    void aValueASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
        assertThat(EvidencePackage.csv("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(EvidencePackage.csv("+1")).isEqualTo("\"'+1\"");
        assertThat(EvidencePackage.csv("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(EvidencePackage.csv("关于-问题")).isEqualTo("\"关于-问题\"");
    }
}
