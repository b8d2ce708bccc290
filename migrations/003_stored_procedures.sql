-- 003_stored_procedures.sql
-- Server-side helpers used by the Data Storage query API: cosine similarity over real[]
-- embeddings, similar-pattern lookup, action success rates, oscillation detection (the
-- same action repeated on one resource within a window) and action-history counters.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION cosine_similarity(a real[], b real[])
RETURNS double precision
LANGUAGE sql
IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN cardinality(a) = 0 OR cardinality(a) <> cardinality(b) THEN NULL
        ELSE (
            SELECT greatest(-1, least(1,
                       sum(x::double precision * y::double precision)
                       / nullif(sqrt(sum(x::double precision * x::double precision))
                                * sqrt(sum(y::double precision * y::double precision)), 0)))
            FROM unnest(a, b) AS v(x, y)
        )
    END;
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION cosine_similarity(real[], real[]) IS 'Cosine similarity of two equally long vectors, clamped to [-1, 1]; NULL when the lengths differ';

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
COMMENT ON FUNCTION find_similar_action_patterns(real[], double precision, integer) IS 'Action patterns whose embedding is close to the given one, best first';

-- +goose StatementBegin
CREATE FUNCTION get_action_success_rate(
    p_action_type text,
    p_since timestamptz DEFAULT now() - interval '7 days'
)
RETURNS numeric
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_completed bigint;
    v_failed    bigint;
BEGIN
    SELECT count(*) FILTER (WHERE t.execution_status = 'completed'),
           count(*) FILTER (WHERE t.execution_status IN ('failed', 'rolled_back'))
      INTO v_completed, v_failed
      FROM resource_action_traces AS t
     WHERE t.action_type = p_action_type
       AND t.action_timestamp >= p_since;

    IF v_completed + v_failed = 0 THEN
        RETURN NULL;
    END IF;
    RETURN round(v_completed::numeric / (v_completed + v_failed), 4);
END;
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION get_action_success_rate(text, timestamptz) IS 'Share of finished actions of one type that completed; NULL when none finished';

-- +goose StatementBegin
CREATE FUNCTION detect_action_oscillation(
    p_action_history_id bigint,
    p_window interval DEFAULT interval '2 hours',
    p_threshold integer DEFAULT 3
)
RETURNS TABLE (oscillating_action_type text, occurrences bigint, first_seen timestamptz, last_seen timestamptz)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT t.action_type, count(*), min(t.action_timestamp), max(t.action_timestamp)
      FROM resource_action_traces AS t
     WHERE t.action_history_id = p_action_history_id
       AND t.action_timestamp >= now() - p_window
     GROUP BY t.action_type
    HAVING count(*) >= p_threshold
     ORDER BY count(*) DESC, t.action_type;
END;
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION detect_action_oscillation(bigint, interval, integer) IS 'Action types repeated at least p_threshold times on one resource within p_window';

-- +goose StatementBegin
CREATE FUNCTION refresh_action_history_stats(p_action_history_id bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE action_histories AS h
       SET total_actions  = s.total,
           last_action_at = s.last_at
      FROM (
            SELECT count(*) AS total, max(t.action_timestamp) AS last_at
              FROM resource_action_traces AS t
             WHERE t.action_history_id = p_action_history_id
           ) AS s
     WHERE h.id = p_action_history_id;

    IF NOT FOUND THEN
        RAISE EXCEPTION 'action history % does not exist', p_action_history_id
            USING ERRCODE = 'no_data_found';
    END IF;
END;
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION refresh_action_history_stats(bigint) IS 'Recomputes total_actions and last_action_at of one action history';

-- +goose Down
DROP FUNCTION refresh_action_history_stats(bigint);
DROP FUNCTION detect_action_oscillation(bigint, interval, integer);
DROP FUNCTION get_action_success_rate(text, timestamptz);
DROP FUNCTION find_similar_action_patterns(real[], double precision, integer);
DROP FUNCTION cosine_similarity(real[], real[]);
