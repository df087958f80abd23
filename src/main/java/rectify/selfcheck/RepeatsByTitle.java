package rectify.selfcheck;

import java.util.List;

import org.springframework.stereotype.Component;

import rectify.inspection.Repeats;

/** Answers the inspection module's question "does this new problem repeat an earlier one" by the similarity rule. */
@Component
class RepeatsByTitle implements Repeats {

    private final SimilarProblems similar;

    RepeatsByTitle(SimilarProblems similar) {
        this.similar = similar;
    }

    @Override
    public List<Repeat> repeatsIn(long inspectionId, String title) {
        return similar.repeatsIn(inspectionId, title).stream().map(s -> new Repeat(s.problemId(), s.title(),
                s.unitName(), s.inspectionTitle(), s.status(), s.score())).toList();
    }
}
