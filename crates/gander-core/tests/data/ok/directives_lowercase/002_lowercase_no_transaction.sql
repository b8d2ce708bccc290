-- +goose no transaction
-- +goose up
create index concurrently lower_things_name_idx on lower_things (name);

-- +goose down
drop index concurrently lower_things_name_idx;
