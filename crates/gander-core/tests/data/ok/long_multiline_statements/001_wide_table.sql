-- +goose Up
CREATE TABLE customer_profiles
(
    id
        bigint
        GENERATED ALWAYS AS IDENTITY
        PRIMARY KEY,
    external_ref
        text
        NOT NULL
        UNIQUE,
    given_name text NOT NULL,
    family_name text NOT NULL,
    email text,
    phone text,
    street text,
    house_number text,
    postal_code text,
    city text,
    country char(2)
        NOT NULL
        DEFAULT 'DE'
        CHECK (
            country
            ~ '^[A-Z]{2}$'
        ),
    newsletter boolean NOT NULL DEFAULT false,
    marketing_consent_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customer_profiles_contact_present
        CHECK (
            email IS NOT NULL
            OR
            phone IS NOT NULL
        ),
    CONSTRAINT customer_profiles_consent_needs_newsletter
        CHECK (
            marketing_consent_at IS NULL
            OR newsletter
        )
)
WITH (
    fillfactor = 90
);

INSERT INTO customer_profiles
    (
        external_ref,
        given_name,
        family_name,
        email
    )
SELECT
    'ext-' || g,
    'Given ' || g,
    'Family ' || g,
    'user' || g || '@example.com'
FROM
    generate_series(1, 25) AS g
WHERE
    g % 5 <> 0
ORDER BY
    g;

CREATE VIEW customer_profile_summary
AS
SELECT
    country,
    count(*)
        AS customers,
    count(*)
        FILTER (WHERE newsletter)
        AS subscribers
FROM
    customer_profiles
GROUP BY
    country;

-- +goose Down
DROP VIEW
    customer_profile_summary;
DROP TABLE
    customer_profiles;
