-- +goose NO TRANSACTION   
-- +goose Up	
CREATE INDEX CONCURRENTLY padded_v_idx ON padded (v);

-- +goose Down  
DROP INDEX CONCURRENTLY padded_v_idx;
