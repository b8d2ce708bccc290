-- +goose Up
-- +goose StatementBegin
DO $$
    declare widgets cursor for
    select id, label from widget where label is not null;

    declare w widget%rowtype;
begin
  for w in widgets loop
    update widget set label = upper(w.label) where id = w.id;
  end loop;
end $$;
-- +goose StatementEnd

-- +goose Down
SELECT 1;
