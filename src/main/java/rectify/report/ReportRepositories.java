package rectify.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The report's repositories (package-private). */
final class ReportRepositories {
    private ReportRepositories() {
    }
}

interface ReportSettingsRepository extends JpaRepository<ReportSettings, Long> {
}

interface ReportSectionRepository extends JpaRepository<ReportSection, Long> {
    List<ReportSection> findByInspectionIdOrderBySeq(Long inspectionId);

    @Modifying
    @Query("delete from ReportSection s where s.inspectionId = :inspectionId")
    void deleteByInspection(Long inspectionId);
}
