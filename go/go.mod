module gander.local/infrastructure

go 1.19
