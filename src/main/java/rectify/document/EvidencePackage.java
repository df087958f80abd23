package rectify.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;

/**
 * The evidence package (佐证材料汇编): a zip with one folder per problem, named by its number and title, holding the
 * files under the names they were uploaded with, and a manifest listing each file with its SHA-256. Files stream
 * from the store into the zip one at a time.
 */
@Service
@Transactional(readOnly = true)
public class EvidencePackage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InspectionAccess access;
    private final Inspections inspections;
    private final Evidence evidence;
    private final Clock clock;

    EvidencePackage(InspectionAccess access, Inspections inspections, Evidence evidence, Clock clock) {
        this.access = access;
        this.inspections = inspections;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The package of a whole inspection; its name for the download. */
    public String inspectionFileName(long inspectionId) {
        return safe(access.readable(inspectionId).getTitle()) + "-佐证材料.zip";
    }

    public String problemFileName(long problemId) {
        Problem problem = access.readableProblem(problemId);
        return problem.getSeq() + "." + safe(problem.getTitle()) + "-佐证材料.zip";
    }

    public void writeInspection(long inspectionId, OutputStream out) throws IOException {
        Inspection inspection = access.readable(inspectionId);
        List<Problem> problems = inspections.problemsOf(inspection.getId());
        write(problems, evidence.ofInspection(inspectionId), out);
    }

    public void writeProblem(long problemId, OutputStream out) throws IOException {
        Problem problem = access.readableProblem(problemId);
        write(List.of(problem), evidence.ofProblem(problemId), out);
    }

    private void write(List<Problem> problems, List<Attachment> files, OutputStream out) throws IOException {
        Map<Long, List<Attachment>> byProblem = files.stream().filter(a -> a.getProblemId() != null)
                .collect(Collectors.groupingBy(Attachment::getProblemId, LinkedHashMap::new, Collectors.toList()));
        StringBuilder manifest = new StringBuilder("\uFEFF序号,问题,文件,大小（字节）,SHA-256,上传时间\r\n");
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Problem problem : problems) {
                List<Attachment> own = byProblem.getOrDefault(problem.getId(), List.of());
                if (own.isEmpty()) {
                    continue;
                }
                String folder = problem.getSeq() + "." + safe(problem.getTitle()) + "/";
                Set<String> used = new HashSet<>();
                for (Attachment file : own) {
                    String name = unique(safe(file.getFileName()), used);
                    zip.putNextEntry(new ZipEntry(folder + name));
                    try (InputStream in = evidence.open(file)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    manifest.append(problem.getSeq()).append(',').append(csv(problem.getTitle())).append(',')
                            .append(csv(folder + name)).append(',').append(file.getSize()).append(',')
                            .append(file.getSha256()).append(',')
                            .append(TIME.format(file.getUploadedAt().atZone(clock.getZone()))).append("\r\n");
                }
            }
            zip.putNextEntry(new ZipEntry("清单.csv"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A name without path separators or characters file systems refuse. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }

    static String unique(String name, Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !used.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + "(" + n + ")" + name.substring(dot) : name + "(" + n + ")";
        }
        return candidate;
    }

    /**
     * A CSV field, quoted; a value that a spreadsheet would take for a formula (= + - @, tab, carriage return) is set
     * as text with a leading apostrophe, so opening the manifest never runs what someone typed into a title.
     */
    static String csv(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
