--+goose NO TRANSACTION
--+goose Up
CREATE INDEX CONCURRENTLY tight_label_idx ON tight (label);

--+goose Down
DROP INDEX CONCURRENTLY tight_label_idx;
