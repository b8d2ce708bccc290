-- +goose Up
CREATE SCHEMA "odd--schema";
CREATE TABLE "weird;name" (
    "semi;colon" int PRIMARY KEY,
    "dash--dash" text,
    "dollar$$col" text,
    "quote""inside" text,
    "/*not a comment*/" int,
    "$tag$" text
);
CREATE TABLE "odd--schema"."$$table$$" (id int);
CREATE INDEX "idx;weird" ON "weird;name" ("dash--dash");
COMMENT ON TABLE "weird;name" IS 'quoted; identifiers';
INSERT INTO "weird;name" ("semi;colon", "dash--dash", "dollar$$col") VALUES (1, 'x', 'y');

-- +goose StatementBegin
CREATE VIEW "odd--schema"."view -- with spaces;" AS
    SELECT "semi;colon", "dash--dash" AS "alias -- not a comment"
    FROM "weird;name";
CREATE FUNCTION "odd--schema"."f;n"() RETURNS int LANGUAGE sql AS $$
    SELECT "semi;colon" FROM "weird;name" LIMIT 1;
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION "odd--schema"."f;n"();
-- +goose StatementBegin
DROP VIEW "odd--schema"."view -- with spaces;";
-- +goose StatementEnd
DROP TABLE "odd--schema"."$$table$$";
DROP TABLE "weird;name";
DROP SCHEMA "odd--schema";
