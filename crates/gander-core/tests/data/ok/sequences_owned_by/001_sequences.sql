-- +goose Up
CREATE SEQUENCE invoice_no_seq
    AS integer
    START WITH 1000
    INCREMENT BY 5
    MINVALUE 1000
    MAXVALUE 999999
    CACHE 1
    NO CYCLE;
CREATE TABLE invoices (
    no integer NOT NULL DEFAULT nextval('invoice_no_seq') PRIMARY KEY,
    total numeric NOT NULL
);
ALTER SEQUENCE invoice_no_seq OWNED BY invoices.no;
CREATE SEQUENCE IF NOT EXISTS batch_seq;
CREATE TEMPORARY SEQUENCE scratch_seq;
SELECT setval('invoice_no_seq', 2000, false);
SELECT nextval('batch_seq'), nextval('scratch_seq');
DROP SEQUENCE scratch_seq;
INSERT INTO invoices (total) VALUES (10), (20);
ALTER SEQUENCE batch_seq RENAME TO batch_no_seq;
ALTER SEQUENCE batch_no_seq RESTART WITH 3000;

-- +goose Down
DROP SEQUENCE batch_no_seq;
DROP TABLE invoices;
DROP SEQUENCE IF EXISTS invoice_no_seq;
