-- 009_update_vector_dimensions.sql
-- Switch action pattern embeddings from all-MiniLM-L6-v2 (384 dimensions) to
-- all-mpnet-base-v2 (768 dimensions), the model the workflow catalog uses. Vectors of the
-- two models cannot be compared, so existing embeddings are cleared (the column keeps its
-- place; USING NULL rewrites every value) and the re-embedding job fills them again.
-- find_similar_action_patterns() now expects 768-dimension queries.

-- +goose Up
ALTER TABLE action_patterns DROP CONSTRAINT action_patterns_embedding_dim_check;
ALTER TABLE action_patterns ALTER COLUMN embedding TYPE real[] USING NULL::real[];
ALTER TABLE action_patterns ADD CONSTRAINT action_patterns_embedding_dim_check CHECK (
    embedding IS NULL OR (array_ndims(embedding) = 1 AND array_length(embedding, 1) = 768)
);
COMMENT ON COLUMN action_patterns.embedding IS 'all-mpnet-base-v2 sentence embedding, 768 dimensions';
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION find_similar_action_patterns(
    p_embedding real[],
    p_min_similarity double precision DEFAULT 0.80,
    p_limit integer DEFAULT 10
)
RETURNS TABLE (pattern_id bigint, pattern_action_type text, similarity double precision)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_embedding IS NULL OR array_length(p_embedding, 1) IS DISTINCT FROM 768 THEN
        RAISE EXCEPTION 'embedding must have 768 dimensions, got %', coalesce(array_length(p_embedding, 1), 0)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_limit IS NULL OR p_limit < 1 THEN
        RAISE EXCEPTION 'limit must be positive, got %', p_limit
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    RETURN QUERY
    SELECT s.id, s.action_type, s.score
    FROM (
        SELECT ap.id, ap.action_type, cosine_similarity(ap.embedding, p_embedding) AS score
        FROM action_patterns AS ap
        WHERE ap.embedding IS NOT NULL
    ) AS s
    WHERE s.score >= p_min_similarity
    ORDER BY s.score DESC, s.id
    LIMIT p_limit;
END;
$$;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE action_patterns DROP CONSTRAINT action_patterns_embedding_dim_check;
ALTER TABLE action_patterns ALTER COLUMN embedding TYPE real[] USING NULL::real[];
ALTER TABLE action_patterns ADD CONSTRAINT action_patterns_embedding_dim_check CHECK (
    embedding IS NULL OR (array_ndims(embedding) = 1 AND array_length(embedding, 1) = 384)
);
COMMENT ON COLUMN action_patterns.embedding IS 'all-MiniLM-L6-v2 sentence embedding, 384 dimensions';
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION find_similar_action_patterns(
    p_embedding real[],
    p_min_similarity double precision DEFAULT 0.80,
    p_limit integer DEFAULT 10
)
RETURNS TABLE (pattern_id bigint, pattern_action_type text, similarity double precision)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_embedding IS NULL OR array_length(p_embedding, 1) IS DISTINCT FROM 384 THEN
        RAISE EXCEPTION 'embedding must have 384 dimensions, got %', coalesce(array_length(p_embedding, 1), 0)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_limit IS NULL OR p_limit < 1 THEN
        RAISE EXCEPTION 'limit must be positive, got %', p_limit
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    RETURN QUERY
    SELECT s.id, s.action_type, s.score
    FROM (
        SELECT ap.id, ap.action_type, cosine_similarity(ap.embedding, p_embedding) AS score
        FROM action_patterns AS ap
        WHERE ap.embedding IS NOT NULL
    ) AS s
    WHERE s.score >= p_min_similarity
    ORDER BY s.score DESC, s.id
    LIMIT p_limit;
END;
$$;
-- +goose StatementEnd
