-- +goose Up
-- +goose StatementBegin
DO $$
DECLARE
  copied int;
BEGIN
  CREATE TABLE IF NOT EXISTS public.crew_backup (id uuid PRIMARY KEY, old_name text NOT NULL);
  INSERT INTO public.crew_backup (id, old_name) SELECT id, name FROM crew ON CONFLICT (id) DO NOTHING;
  GET DIAGNOSTICS copied = ROW_COUNT;
  IF copied >= 0 THEN
    CREATE INDEX crew_backup_name_idx ON public.crew_backup (old_name);
  END IF;
  RAISE NOTICE 'copied % rows', copied;
END $$;
-- +goose StatementEnd

-- +goose Down
DROP TABLE crew_backup;
