/**
 * Intake: reading the documents offices receive (巡察反馈意见, 整改落实情况报告, 进展通报, 审计整改报告 …) in the formats
 * they arrive in (docx, doc, PDF with a text layer, text in any Chinese encoding) into aspects, problems, their
 * descriptions, status words and measures; showing what was understood and what was skipped; and entering the
 * corrected structure as an inspection's feedback, all or nothing.
 *
 * <p>Depends on {@code inspection} (aspects and problems are created through its API), {@code rectification}
 * (measures) and {@code org} (roles). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
        allowedDependencies = {"inspection", "rectification", "org", "shared"})
package rectify.intake;
