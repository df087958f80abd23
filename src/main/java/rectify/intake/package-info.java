/**
 * Intake: reading the documents offices receive (巡察反馈意见, 整改落实情况报告, 进展通报, 审计整改报告 …) in the formats
 * they arrive in (docx, doc, PDF with a text layer, text in any Chinese encoding) into aspects, problems, their
 * descriptions, status words and measures; showing what was understood and what was skipped; entering the
 * corrected structure as an inspection's feedback, all or nothing; and the ledger workbook's import.
 *
 * <p>Depends on: {@code inspection} (aspects and problems created); {@code rectification} (measures created);
 * {@code document} (the ledger workbook's columns it reads back); {@code org} (roles and names); {@code shared}
 * (errors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
        allowedDependencies = {"inspection", "rectification", "document", "org", "shared"})
package rectify.intake;
