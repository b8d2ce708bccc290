-- +goose Up
CREATE TABLE quotes (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO quotes VALUES (1, E'it\'s');
INSERT INTO quotes VALUES (2, E'\\');
INSERT INTO quotes VALUES (3, E'a\nb');
INSERT INTO quotes VALUES (4, E'tab\there \x41 \u00e9 \101');
INSERT INTO quotes VALUES (5, e'\'');
INSERT INTO quotes VALUES (6, E'back\\slash and it''s doubled');
INSERT INTO quotes VALUES (7, E'ends with a semicolon;');
INSERT INTO quotes VALUES (8, E'\\'), (9, E'\\\''), (10, 'plain \ backslash');
INSERT INTO quotes VALUES (11, U&'d\0061t\+000061');
INSERT INTO quotes VALUES (12, E'no--comment here'), (13, E'/* nor here */');

-- +goose StatementBegin
DO $$
BEGIN
    IF (SELECT body FROM quotes WHERE id = 1) <> 'it''s' THEN RAISE EXCEPTION 'E-string 1'; END IF;
    IF length((SELECT body FROM quotes WHERE id = 2)) <> 1 THEN RAISE EXCEPTION 'E-string 2'; END IF;
    IF (SELECT body FROM quotes WHERE id = 3) <> 'a' || chr(10) || 'b' THEN RAISE EXCEPTION 'E-string 3'; END IF;
    IF (SELECT body FROM quotes WHERE id = 9) <> '\''' THEN RAISE EXCEPTION 'E-string 9'; END IF;
    IF (SELECT body FROM quotes WHERE id = 10) <> E'plain \\ backslash' THEN RAISE EXCEPTION 'string 10'; END IF;
    IF (SELECT body FROM quotes WHERE id = 11) <> 'data' THEN RAISE EXCEPTION 'U& string'; END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DELETE FROM quotes WHERE body IN (E'it\'s', E'\\', E'a\nb');
DROP TABLE quotes;
