-- The paragraphs and parameter values (with their sources) that payout explanations name, each stored once under
-- a key made of the SHA-256 of its JSON (see StoredExplanation). Never updated: a corrected source is a new block
-- with a new key, so an explanation always reads back as it was computed.
create table forklaring_blok (
    noegle   varchar(40)   primary key,
    indhold  varchar(8000) not null
);

-- A payout's explanation is from now on stored as JSON text naming its blocks (format 2, not compressed);
-- explanations stored before stay gzip-compressed JSON (format 1) and are read as they are.
alter table udbetaling rename column forklaring_gz to forklaring;
