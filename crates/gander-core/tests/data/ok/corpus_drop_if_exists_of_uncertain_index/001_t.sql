-- +goose Up
CREATE TABLE gauge (id int PRIMARY KEY, state text);
CREATE TABLE crew (id uuid PRIMARY KEY, name text);
CREATE INDEX idx_gauge_state ON public.gauge(state);

-- +goose Down
DROP TABLE gauge;
DROP TABLE crew;
