-- +goose up
create table lower_things (
    id bigint generated always as identity primary key,
    name text not null,
    updated_at timestamptz not null default now()
);

-- +goose statementbegin
create function lower_things_touch() returns trigger
language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;
-- +goose statementend

create trigger lower_things_touch before update on lower_things
    for each row execute function lower_things_touch();

-- +goose down
-- +goose statementbegin
drop trigger lower_things_touch on lower_things;
drop function lower_things_touch();
-- +goose statementend
drop table lower_things;
