-- The audit log's chain: each event sealed in turn with an HMAC over the previous seal and the event, so that a
-- changed, removed or forged event breaks the chain. Seals are only ever added.
create table audit_seal (
    seq       bigint       primary key,
    event_id  bigint       not null unique references audit_event (id),
    hash      varchar(64)  not null,
    sealed_at timestamp with time zone not null
);
