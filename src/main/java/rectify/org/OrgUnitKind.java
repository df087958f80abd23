package rectify.org;

/** What an org unit is: the data scope of a user is derived from these kinds (see {@link DataScope}). */
public enum OrgUnitKind {
    /** A Party committee (区委): the jurisdiction of its inspection office. */
    COMMITTEE,
    /** An organisation that is inspected and rectifies (区科协). */
    UNIT,
    /** An internal department of a unit (办公室、科普部). */
    DEPARTMENT,
    /** An inspection group (区委第二巡察组). */
    INSPECTION_GROUP
}
