-- +goose Up
alter table users add column phone text;
updte users set phone = '' where phone is null;

-- +goose Down
alter table users drop column phone;
