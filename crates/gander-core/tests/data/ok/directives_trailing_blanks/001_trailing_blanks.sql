-- +goose Up   
CREATE TABLE padded (id int PRIMARY KEY, v text);

-- +goose StatementBegin  
CREATE FUNCTION padded_count() RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT count(*) FROM padded);
END;
$$;
-- +goose StatementEnd 	

-- +goose Down 
-- +goose StatementBegin 
DROP FUNCTION padded_count();
-- +goose StatementEnd    
DROP TABLE padded;
