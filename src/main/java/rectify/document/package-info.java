/**
 * Documents: reading feedback documents and earlier reports into aspects, problems and measures; writing the
 * rectification report, the ledger workbook and the evidence package.
 */
package rectify.document;
