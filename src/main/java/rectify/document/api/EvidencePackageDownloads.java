package rectify.document.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import rectify.document.EvidencePackage;
import rectify.org.BusinessRoles;

/** The evidence package of an inspection or a problem, for pages and the API, behind the scope check. */
final class EvidencePackageDownloads {

    private EvidencePackageDownloads() {
    }

    static void start(HttpServletResponse response, String fileName) {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    @Controller
    @BusinessRoles
    static class Page {
        private final EvidencePackage packages;

        Page(EvidencePackage packages) {
            this.packages = packages;
        }

        @GetMapping("/inspections/{id}/evidence.zip")
        void inspection(@PathVariable long id, HttpServletResponse response) throws IOException {
            start(response, packages.inspectionFileName(id));
            packages.writeInspection(id, response.getOutputStream());
        }

        @GetMapping("/problems/{id}/evidence.zip")
        void problem(@PathVariable long id, HttpServletResponse response) throws IOException {
            start(response, packages.problemFileName(id));
            packages.writeProblem(id, response.getOutputStream());
        }
    }

    @RestController
    @BusinessRoles
    static class Api {
        private final EvidencePackage packages;

        Api(EvidencePackage packages) {
            this.packages = packages;
        }

        @GetMapping("/api/v1/inspections/{id}/evidence.zip")
        void inspection(@PathVariable long id, HttpServletResponse response) throws IOException {
            start(response, packages.inspectionFileName(id));
            packages.writeInspection(id, response.getOutputStream());
        }

        @GetMapping("/api/v1/problems/{id}/evidence.zip")
        void problem(@PathVariable long id, HttpServletResponse response) throws IOException {
            start(response, packages.problemFileName(id));
            packages.writeProblem(id, response.getOutputStream());
        }
    }
}
