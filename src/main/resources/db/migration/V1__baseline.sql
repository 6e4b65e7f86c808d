-- Sightline's schema as wave 1 left it (Hibernate ORM generated it then). From here on every
-- schema change is a new migration; Hibernate's own schema generation is off outside tests,
-- and tests validate the entities against the result of these migrations.
-- Plain SQL that H2 2.x and PostgreSQL 15 both accept ("text" is unbounded character data in
-- both; a database created by wave 1's Hibernate "update" is baselined at this version).

create sequence article_SEQ start with 1 increment by 50;
create sequence feed_subscription_SEQ start with 1 increment by 50;

create table article (
    id bigint not null,
    imported_at timestamp(6) with time zone not null,
    published timestamp(6) with time zone,
    content_hash varchar(64) not null,
    source varchar(300) not null,
    title varchar(1000) not null,
    url varchar(2048),
    body text not null,
    constraint article_pk primary key (id),
    constraint article_content_hash_uk unique (content_hash),
    constraint article_url_uk unique (url)
);
create index article_published_idx on article (published);

create table article_person (
    article_id bigint not null,
    name varchar(200) not null,
    constraint article_person_pk primary key (article_id, name),
    constraint article_person_article_fk foreign key (article_id) references article (id)
);
create table article_country (
    article_id bigint not null,
    code varchar(2) not null,
    constraint article_country_pk primary key (code, article_id),
    constraint article_country_article_fk foreign key (article_id) references article (id)
);
create table article_weapon (
    article_id bigint not null,
    name varchar(200) not null,
    constraint article_weapon_pk primary key (article_id, name),
    constraint article_weapon_article_fk foreign key (article_id) references article (id)
);
create table article_weapon_type (
    article_id bigint not null,
    type varchar(100) not null,
    constraint article_weapon_type_pk primary key (article_id, type),
    constraint article_weapon_type_article_fk foreign key (article_id) references article (id)
);
create table article_weapon_origin (
    article_id bigint not null,
    code varchar(2) not null,
    constraint article_weapon_origin_pk primary key (code, article_id),
    constraint article_weapon_origin_article_fk foreign key (article_id) references article (id)
);

create table feed_subscription (
    id bigint not null,
    url varchar(2048) not null,
    title varchar(300),
    created_at timestamp(6) with time zone not null,
    last_polled_at timestamp(6) with time zone,
    last_error varchar(1000),
    items_imported bigint not null,
    constraint feed_subscription_pk primary key (id),
    constraint feed_subscription_url_uk unique (url)
);
