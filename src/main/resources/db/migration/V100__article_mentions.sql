-- Where each article's body mentions its entities (io.sightline.article.ArticleMentions: JSON,
-- entities by type with character offsets into the body), written with the entity sets at import,
-- correction and re-extraction, so that the article page marks them without extracting again
-- (issue 10, finding 4). Articles stored before this migration have null until
-- `sightline reextract`, or until their page is first shown (bodies up to a size; see ArticlePage).
alter table article add column mentions text;
