-- +goose Up
CREATE TABLE announcements (id bigint PRIMARY KEY, title text NOT NULL);
INSERT INTO announcements (id, title) VALUES (1, 'We''re live!);

-- +goose Down
BEGIN;
DELET FROM announcements;
DROP TABLE announcements;
COMMIT;
