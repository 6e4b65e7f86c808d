-- The curation log (issue 12): merges, renames, hidden false positives and aliases that curators
-- made, applied after the finders at every extraction, each undoable. Affected articles are
-- remembered so that an undo re-extracts exactly them.
create sequence curation_change_SEQ start with 1 increment by 50;

create table curation_change (
    id bigint not null,
    entity_type varchar(30) not null,
    action varchar(10) not null,
    from_value varchar(200) not null,
    to_value varchar(200),
    made_by varchar(200) not null,
    made_at timestamp(6) with time zone not null,
    articles integer not null,
    undone_by varchar(200),
    undone_at timestamp(6) with time zone,
    constraint curation_change_pk primary key (id)
);

create table curation_change_article (
    change_id bigint not null,
    article_id bigint not null,
    constraint curation_change_article_pk primary key (change_id, article_id),
    constraint curation_change_article_change_fk foreign key (change_id) references curation_change (id)
);
