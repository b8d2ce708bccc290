-- +goose Up
CREATE TABLE after_the_commit (id int);

-- +goose Down
DROP TABLE after_the_commit;
