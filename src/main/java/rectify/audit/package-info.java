/** The append-only audit log: every change announced by any module and every sign-in. */
package rectify.audit;
