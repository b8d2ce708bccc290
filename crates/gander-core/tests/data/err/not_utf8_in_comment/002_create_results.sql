-- +goose Up
-- Table des résultats d'examen
CREATE TABLE results (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    label text NOT NULL
);

-- +goose Down
DROP TABLE results;
