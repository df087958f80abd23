/**
 * What every module may use: errors that become clear answers, the clock, the audit event type, paging, and what
 * a read must know about the database it runs on ({@link rectify.shared.Database}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package rectify.shared;
