package rectify.inspection;

import java.util.List;

/**
 * Earlier problems of the same unit that a problem entered with this title repeats (反弹回潮). The inspection module
 * asks; the similarity rule answers it where it lives ({@code selfcheck}), so entering feedback needs no knowledge
 * of how titles are compared.
 */
public interface Repeats {

    /** One earlier problem the new one looks like, with how alike (0 to 1) and where it stands now. */
    record Repeat(long problemId, String title, String unitName, String inspectionTitle, ProblemStatus status,
                  double score) {
    }

    List<Repeat> repeatsIn(long inspectionId, String title);
}
