package rectify.evidence;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;


/** Multipart files as evidence uploads, skipping the empty file part a form sends when nothing was chosen. */
public final class Uploads {

    private Uploads() {
    }

    public static List<Evidence.Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> new Evidence.Upload(f.getOriginalFilename(), f::getInputStream)).toList();
    }
}
