-- Wrong passwords counted per account and source address: a guess takes its slot before the password is checked,
-- so parallel guesses cannot pass the limit; a lock stops that address only, for longer each time.
create table sign_in_throttle (
    username     varchar(64)  not null,
    address      varchar(64)  not null,
    attempts     integer      not null,
    locks        integer      not null,
    locked_until timestamp with time zone,
    primary key (username, address)
);
