/**
 * What every module may use: errors that become clear answers, the clock, the audit event type and paging.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package rectify.shared;
