--+goose up
create table labels (id bigint primary key, name text not null);
create index concurrently labels_name_idx on labels (name);
begin;
insert into labels (id, name) values (1, 'default');
commit;

-- +goose down
drop table labels;
