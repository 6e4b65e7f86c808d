-- Each entity set of an article becomes a text column of the article row (issue 13): values
-- sorted and separated by line feeds (chr(10)), null for none (io.sightline.article.EntitySetColumn).
-- They were six element-collection tables with a row per value; a 10,000-article import spent
-- most of its database time writing those rows and reading them back to index the articles.
-- Existing values are copied over, then the tables go. Plain SQL that H2 2.x and PostgreSQL 15
-- both accept (string_agg with order by, chr).
alter table article add column people text;
alter table article add column countries text;
alter table article add column weapons text;
alter table article add column organisations text;
alter table article add column weapon_types text;
alter table article add column weapon_origins text;

-- The primary keys of these two lead with the code, so without these the copies below would scan
-- the whole table once per article.
create index article_country_article_idx on article_country (article_id);
create index article_weapon_origin_article_idx on article_weapon_origin (article_id);

-- One update for all six, so that each row (body included) is rewritten once, not six times
-- (H2, articles with 5 entity rows each, at a load average of 19: 5,000 in 15 s, 10,000 in 20 s,
-- 20,000 in 26 s, so linear in the articles; a store of a million takes minutes once).
update article set
    people = (select string_agg(t.name, chr(10) order by t.name)
        from article_person t where t.article_id = article.id),
    countries = (select string_agg(t.code, chr(10) order by t.code)
        from article_country t where t.article_id = article.id),
    weapons = (select string_agg(t.name, chr(10) order by t.name)
        from article_weapon t where t.article_id = article.id),
    organisations = (select string_agg(t.name, chr(10) order by t.name)
        from article_organisation t where t.article_id = article.id),
    weapon_types = (select string_agg(t.type, chr(10) order by t.type)
        from article_weapon_type t where t.article_id = article.id),
    weapon_origins = (select string_agg(t.code, chr(10) order by t.code)
        from article_weapon_origin t where t.article_id = article.id);

drop table article_person;
drop table article_country;
drop table article_weapon;
drop table article_organisation;
drop table article_weapon_type;
drop table article_weapon_origin;
