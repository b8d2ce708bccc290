CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN
    NEW.created_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CRAETE INDEX CONCURRENTLY users_created_at_idx ON users (created_at)
