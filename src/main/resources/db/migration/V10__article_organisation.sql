-- Organisations extracted from each article (EntityType.ORGANISATION), by canonical name: the same
-- element-collection table as article_person and article_weapon. Articles imported before this
-- migration have none until `sightline reextract` fills them.
create table article_organisation (
    article_id bigint not null,
    name varchar(200) not null,
    constraint article_organisation_pk primary key (article_id, name),
    constraint article_organisation_article_fk foreign key (article_id) references article (id)
);
