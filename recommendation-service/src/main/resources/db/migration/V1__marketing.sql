-- Marketing consent and contacts, recommendation-service's own: no other service reads them (docs/events.md).
-- A subject is 'customer:<id>' or, for an SMS sender who is no customer, 'phone:<E.164>'.

create table marketing_consent (
    subject    text primary key,
    opted_out  boolean not null,
    said       text,
    changed_at timestamptz not null
);

-- Every unasked suggestion made, once per request: the frequency cap counts these.
create table marketing_contacts (
    request_id text primary key,
    subject    text not null,
    offered_at timestamptz not null
);
create index marketing_contacts_subject on marketing_contacts (subject, offered_at);
