-- +goose Up
CREATE TABLE user_tags (
    user_id bigint NOT NULL REFERENCES users (id),
    tag_id bigint NOT NULL REFERENCES tags (id),
    PRIMARY KEY (user_id, tag_id)
);

-- +goose Down
DROP TABLE user_tags;
