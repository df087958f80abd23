package rectify.lookback;

import java.time.Instant;

import rectify.inspection.ProblemStatus;

/** One problem a look-back revisits, with the verdict recorded for it (null until the group has judged it). */
public record LookBackItem(long id, long lookBackId, long problemId, int seq, String title, String inspectionTitle,
                           ProblemStatus statusBefore, ProblemStatus status, Verdict verdict, String findings,
                           Integer reopenedCycle, String decidedByName, Instant decidedAt, long version) {

    /** 整改到位 / 整改不到位 / 反弹回潮 / 纸面整改. */
    public enum Verdict {
        HELD, NOT_HELD, RELAPSED, PAPER_ONLY;

        /** Whether the problem goes back into rectification: not held, or back again. */
        public boolean reopens() {
            return this == NOT_HELD || this == RELAPSED;
        }
    }
}
