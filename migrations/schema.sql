--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

--
-- Name: action_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.action_status AS ENUM (
    'pending',
    'executing',
    'completed',
    'failed',
    'cancelled',
    'rolled_back'
);

--
-- Name: TYPE action_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.action_status IS 'Lifecycle of a remediation action executed against a Kubernetes resource; cancelled = stopped by an operator';

--
-- Name: assessment_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.assessment_status AS ENUM (
    'pending',
    'in_progress',
    'completed',
    'failed',
    'expired'
);

--
-- Name: TYPE assessment_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.assessment_status IS 'Progress of an effectiveness assessment';

--
-- Name: notification_channel; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.notification_channel AS ENUM (
    'email',
    'slack',
    'pagerduty',
    'teams',
    'webhook',
    'console'
);

--
-- Name: TYPE notification_channel; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.notification_channel IS 'Delivery channel of a notification';

--
-- Name: notification_delivery_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.notification_delivery_status AS ENUM (
    'pending',
    'sent',
    'delivered',
    'failed',
    'retrying',
    'suppressed'
);

--
-- Name: TYPE notification_delivery_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.notification_delivery_status IS 'Delivery state of one notification to one recipient';

--
-- Name: signal_severity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.signal_severity AS ENUM (
    'critical',
    'warning',
    'info'
);

--
-- Name: TYPE signal_severity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.signal_severity IS 'Severity reported by the signal source';

--
-- Name: workflow_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.workflow_status AS ENUM (
    'active',
    'disabled',
    'deprecated',
    'archived'
);

--
-- Name: TYPE workflow_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.workflow_status IS 'Availability of a workflow version for selection';

--
-- Name: cosine_similarity(real[], real[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cosine_similarity(a real[], b real[]) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
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

--
-- Name: FUNCTION cosine_similarity(a real[], b real[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.cosine_similarity(a real[], b real[]) IS 'Cosine similarity of two equally long vectors, clamped to [-1, 1]; NULL when the lengths differ';

--
-- Name: detect_action_oscillation(bigint, interval, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.detect_action_oscillation(p_action_history_id bigint, p_window interval DEFAULT '02:00:00'::interval, p_threshold integer DEFAULT 3) RETURNS TABLE(oscillating_action_type text, occurrences bigint, first_seen timestamp with time zone, last_seen timestamp with time zone)
    LANGUAGE plpgsql STABLE
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

--
-- Name: FUNCTION detect_action_oscillation(p_action_history_id bigint, p_window interval, p_threshold integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.detect_action_oscillation(p_action_history_id bigint, p_window interval, p_threshold integer) IS 'Action types repeated at least p_threshold times on one resource within p_window';

--
-- Name: find_similar_action_patterns(real[], double precision, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.find_similar_action_patterns(p_embedding real[], p_min_similarity double precision DEFAULT 0.80, p_limit integer DEFAULT 10) RETURNS TABLE(pattern_id bigint, pattern_action_type text, similarity double precision)
    LANGUAGE plpgsql STABLE
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

--
-- Name: FUNCTION find_similar_action_patterns(p_embedding real[], p_min_similarity double precision, p_limit integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.find_similar_action_patterns(p_embedding real[], p_min_similarity double precision, p_limit integer) IS 'Action patterns whose embedding is close to the given one, best first';

--
-- Name: get_action_success_rate(text, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_action_success_rate(p_action_type text, p_since timestamp with time zone DEFAULT (now() - '7 days'::interval)) RETURNS numeric
    LANGUAGE plpgsql STABLE
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

--
-- Name: FUNCTION get_action_success_rate(p_action_type text, p_since timestamp with time zone); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.get_action_success_rate(p_action_type text, p_since timestamp with time zone) IS 'Share of finished actions of one type that completed; NULL when none finished';

--
-- Name: prevent_audit_event_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.prevent_audit_event_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: cannot update event %', OLD.event_id
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'write a new event that references the original through parent_event_id';
END;
$$;

--
-- Name: FUNCTION prevent_audit_event_update(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.prevent_audit_event_update() IS 'BEFORE UPDATE row trigger that keeps audit_events append-only';

--
-- Name: refresh_action_history_stats(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refresh_action_history_stats(p_action_history_id bigint) RETURNS void
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

--
-- Name: FUNCTION refresh_action_history_stats(p_action_history_id bigint); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.refresh_action_history_stats(p_action_history_id bigint) IS 'Recomputes total_actions and last_action_at of one action history';

--
-- Name: set_updated_at(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

--
-- Name: FUNCTION set_updated_at(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.set_updated_at() IS 'BEFORE UPDATE row trigger: keeps updated_at current';

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: effectiveness_assessments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.effectiveness_assessments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    trace_id bigint NOT NULL,
    trace_action_timestamp timestamp with time zone NOT NULL,
    status public.assessment_status DEFAULT 'pending'::public.assessment_status NOT NULL,
    effectiveness_score numeric(4,3),
    confidence numeric(4,3),
    metrics_before jsonb,
    metrics_after jsonb,
    side_effects jsonb DEFAULT '[]'::jsonb NOT NULL,
    assessment_notes text,
    scheduled_for timestamp with time zone DEFAULT (now() + '00:05:00'::interval) NOT NULL,
    assessed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    workflow_id text,
    workflow_version text,
    CONSTRAINT effectiveness_assessments_completed_check CHECK (((status <> 'completed'::public.assessment_status) OR ((assessed_at IS NOT NULL) AND (effectiveness_score IS NOT NULL)))),
    CONSTRAINT effectiveness_assessments_confidence_check CHECK (((confidence >= (0)::numeric) AND (confidence <= (1)::numeric))),
    CONSTRAINT effectiveness_assessments_score_check CHECK (((effectiveness_score >= (0)::numeric) AND (effectiveness_score <= (1)::numeric))),
    CONSTRAINT effectiveness_assessments_side_effects_check CHECK ((jsonb_typeof(side_effects) = 'array'::text)),
    CONSTRAINT effectiveness_assessments_workflow_pair_check CHECK (((workflow_id IS NULL) = (workflow_version IS NULL)))
);

--
-- Name: TABLE effectiveness_assessments; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.effectiveness_assessments IS 'Did the action fix the problem? One assessment per action trace';

--
-- Name: COLUMN effectiveness_assessments.effectiveness_score; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.effectiveness_assessments.effectiveness_score IS '0 = no effect or harmful, 1 = fully resolved';

--
-- Name: COLUMN effectiveness_assessments.workflow_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.effectiveness_assessments.workflow_id IS 'Catalog workflow whose execution was assessed; NULL for actions outside a workflow';

--
-- Name: resource_action_traces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
)
PARTITION BY RANGE (action_timestamp);

--
-- Name: TABLE resource_action_traces; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.resource_action_traces IS 'One row per remediation action, partitioned by action_timestamp';

--
-- Name: COLUMN resource_action_traces.model_used; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.model_used IS 'LLM that recommended the action';

--
-- Name: COLUMN resource_action_traces.kubernetes_operations; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.kubernetes_operations IS 'API calls issued against the cluster while executing the action';

--
-- Name: COLUMN resource_action_traces.correlation_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.correlation_id IS 'Shared by all actions taken for one incident';

--
-- Name: COLUMN resource_action_traces.remediation_request_name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.remediation_request_name IS 'Name of the RemediationRequest custom resource';

--
-- Name: COLUMN resource_action_traces.incident_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.incident_type IS 'ADR-033 primary dimension, e.g. pod-oom-killer or node-disk-pressure';

--
-- Name: COLUMN resource_action_traces.workflow_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.workflow_id IS 'remediation workflow that produced this action';

--
-- Name: COLUMN resource_action_traces.ai_selected_workflow; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.ai_selected_workflow IS 'true when the workflow was chosen by the AI rather than by a static rule';

--
-- Name: COLUMN resource_action_traces.ai_chained_workflows; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_action_traces.ai_chained_workflows IS 'true when the AI chained several workflows for one incident';

--
-- Name: action_effectiveness_summary; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.action_effectiveness_summary AS
 SELECT t.action_type,
    t.signal_name,
    count(*) AS total_actions,
    count(*) FILTER (WHERE (t.execution_status = 'completed'::public.action_status)) AS completed_actions,
    count(*) FILTER (WHERE (t.execution_status = ANY (ARRAY['failed'::public.action_status, 'rolled_back'::public.action_status]))) AS failed_actions,
    round(avg(a.effectiveness_score), 3) AS avg_effectiveness_score,
    max(t.action_timestamp) AS last_action_at
   FROM (public.resource_action_traces t
     LEFT JOIN public.effectiveness_assessments a ON (((a.trace_id = t.id) AND (a.trace_action_timestamp = t.action_timestamp) AND (a.status = 'completed'::public.assessment_status))))
  GROUP BY t.action_type, t.signal_name;

--
-- Name: VIEW action_effectiveness_summary; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.action_effectiveness_summary IS 'Outcome and mean effectiveness per action type and triggering signal';

--
-- Name: action_histories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_histories (
    id bigint NOT NULL,
    resource_id bigint NOT NULL,
    max_actions integer DEFAULT 1000 NOT NULL,
    total_actions bigint DEFAULT 0 NOT NULL,
    last_action_at timestamp with time zone,
    oscillation_window_minutes integer DEFAULT 120 NOT NULL,
    effectiveness_threshold numeric(4,3) DEFAULT 0.700 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    retention_days integer DEFAULT 90 NOT NULL,
    compaction_strategy text DEFAULT 'pattern-aware'::text NOT NULL,
    last_compacted_at timestamp with time zone,
    CONSTRAINT action_histories_compaction_strategy_check CHECK ((compaction_strategy = ANY (ARRAY['none'::text, 'time-based'::text, 'pattern-aware'::text]))),
    CONSTRAINT action_histories_effectiveness_threshold_check CHECK (((effectiveness_threshold >= (0)::numeric) AND (effectiveness_threshold <= (1)::numeric))),
    CONSTRAINT action_histories_max_actions_check CHECK ((max_actions > 0)),
    CONSTRAINT action_histories_oscillation_window_check CHECK (((oscillation_window_minutes >= 1) AND (oscillation_window_minutes <= 10080))),
    CONSTRAINT action_histories_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT action_histories_total_actions_check CHECK ((total_actions >= 0))
);

--
-- Name: TABLE action_histories; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.action_histories IS 'Per-resource action history settings and counters';

--
-- Name: COLUMN action_histories.retention_days; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.action_histories.retention_days IS 'Traces older than this are eligible for compaction';

--
-- Name: COLUMN action_histories.compaction_strategy; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.action_histories.compaction_strategy IS 'none | time-based | pattern-aware (keeps one trace per learned pattern)';

--
-- Name: action_histories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.action_histories ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.action_histories_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: action_patterns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_patterns (
    id bigint NOT NULL,
    pattern_signature text NOT NULL,
    action_type text NOT NULL,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    namespace text,
    resource_kind text,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    context_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    embedding real[],
    success_count integer DEFAULT 0 NOT NULL,
    failure_count integer DEFAULT 0 NOT NULL,
    average_effectiveness numeric(4,3),
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT action_patterns_average_effectiveness_check CHECK (((average_effectiveness >= (0)::numeric) AND (average_effectiveness <= (1)::numeric))),
    CONSTRAINT action_patterns_counts_check CHECK (((success_count >= 0) AND (failure_count >= 0))),
    CONSTRAINT action_patterns_embedding_dim_check CHECK (((embedding IS NULL) OR ((array_ndims(embedding) = 1) AND (array_length(embedding, 1) = 768))))
);

--
-- Name: TABLE action_patterns; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.action_patterns IS 'Recurring (signal, action) combinations learned from traces';

--
-- Name: COLUMN action_patterns.embedding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.action_patterns.embedding IS 'all-mpnet-base-v2 sentence embedding, 768 dimensions';

--
-- Name: action_patterns_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.action_patterns ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.action_patterns_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
)
PARTITION BY RANGE (event_timestamp);

--
-- Name: TABLE audit_events; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.audit_events IS 'Unified append-only audit log of all Kubernaut services, partitioned by month';

--
-- Name: COLUMN audit_events.event_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_events.event_type IS 'Dotted name, e.g. gateway.signal.received or workflow.execution.completed';

--
-- Name: COLUMN audit_events.correlation_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_events.correlation_id IS 'Usually the RemediationRequest name; links all events of one remediation';

--
-- Name: COLUMN audit_events.retention_days; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_events.retention_days IS 'Default 2555 days (7 years) for compliance';

--
-- Name: COLUMN audit_events.event_data; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_events.event_data IS 'Service-specific payload, schema identified by event_type and event_version';

--
-- Name: audit_events_2025_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_01 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_02 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_03; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_03 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_04; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_04 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_05; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_05 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_06; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_06 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_07; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_07 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_08; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_08 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_09; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_09 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_10 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_11 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2025_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2025_12 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_01 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_02 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_03; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_03 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_04; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_04 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_05; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_05 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_06; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_06 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_07; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_07 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_08; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_08 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_09; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_09 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_10 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_11 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2026_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2026_12 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_01 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_02 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_03; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_03 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_04; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_04 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_05; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_05 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_06; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_06 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_07; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_07 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_08; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_08 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_09; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_09 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_10 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_11 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_2027_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_2027_12 (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: audit_events_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events_default (
    event_id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_version text DEFAULT '1.0'::text NOT NULL,
    event_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    event_type text NOT NULL,
    event_category text NOT NULL,
    event_action text NOT NULL,
    event_outcome text NOT NULL,
    actor_type text NOT NULL,
    actor_id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    correlation_id text NOT NULL,
    parent_event_id uuid,
    trace_id text,
    span_id text,
    namespace text,
    cluster_name text,
    severity text,
    duration_ms integer,
    error_code text,
    error_message text,
    retention_days integer DEFAULT 2555 NOT NULL,
    is_sensitive boolean DEFAULT false NOT NULL,
    event_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_actor_type_check CHECK ((actor_type = ANY (ARRAY['service'::text, 'controller'::text, 'user'::text, 'system'::text]))),
    CONSTRAINT audit_events_duration_ms_check CHECK (((duration_ms IS NULL) OR (duration_ms >= 0))),
    CONSTRAINT audit_events_event_data_check CHECK ((jsonb_typeof(event_data) = 'object'::text)),
    CONSTRAINT audit_events_event_outcome_check CHECK ((event_outcome = ANY (ARRAY['success'::text, 'failure'::text, 'pending'::text]))),
    CONSTRAINT audit_events_retention_days_check CHECK (((retention_days >= 1) AND (retention_days <= 3650))),
    CONSTRAINT audit_events_severity_check CHECK (((severity IS NULL) OR (severity = ANY (ARRAY['debug'::text, 'info'::text, 'warning'::text, 'error'::text, 'critical'::text]))))
);

--
-- Name: TABLE audit_events_default; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.audit_events_default IS 'Catch-all partition; rows here mean a monthly partition is missing';

--
-- Name: incident_type_success_rates; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.incident_type_success_rates AS
 SELECT t.incident_type,
    count(*) AS total_executions,
    count(*) FILTER (WHERE (t.execution_status = 'completed'::public.action_status)) AS successful_executions,
    count(*) FILTER (WHERE (t.execution_status = ANY (ARRAY['failed'::public.action_status, 'rolled_back'::public.action_status]))) AS failed_executions,
    round(((count(*) FILTER (WHERE (t.execution_status = 'completed'::public.action_status)))::numeric / (NULLIF(count(*), 0))::numeric), 4) AS success_rate,
    count(DISTINCT t.workflow_id) AS workflows_used,
    max(t.action_timestamp) AS last_execution_at
   FROM public.resource_action_traces t
  WHERE (t.incident_type IS NOT NULL)
  GROUP BY t.incident_type;

--
-- Name: VIEW incident_type_success_rates; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.incident_type_success_rates IS 'ADR-033 success rate per incident type, all workflows together';

--
-- Name: notification_audit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_audit (
    id bigint NOT NULL,
    notification_id text NOT NULL,
    remediation_id text NOT NULL,
    recipient text NOT NULL,
    channel public.notification_channel NOT NULL,
    message_summary text NOT NULL,
    status public.notification_delivery_status DEFAULT 'pending'::public.notification_delivery_status NOT NULL,
    sent_at timestamp with time zone,
    delivered_at timestamp with time zone,
    retry_count integer DEFAULT 0 NOT NULL,
    escalation_level integer DEFAULT 0 NOT NULL,
    error_message text,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT notification_audit_delivered_at_check CHECK (((delivered_at IS NULL) OR (sent_at IS NULL) OR (delivered_at >= sent_at))),
    CONSTRAINT notification_audit_error_check CHECK (((status <> 'failed'::public.notification_delivery_status) OR (error_message IS NOT NULL))),
    CONSTRAINT notification_audit_escalation_level_check CHECK ((escalation_level >= 0)),
    CONSTRAINT notification_audit_metadata_check CHECK ((jsonb_typeof(metadata) = 'object'::text)),
    CONSTRAINT notification_audit_retry_count_check CHECK (((retry_count >= 0) AND (retry_count <= 100))),
    CONSTRAINT notification_audit_sent_at_check CHECK (((status <> ALL (ARRAY['sent'::public.notification_delivery_status, 'delivered'::public.notification_delivery_status])) OR (sent_at IS NOT NULL)))
);

--
-- Name: TABLE notification_audit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.notification_audit IS 'Audit trail of notification deliveries, written through the audit write API';

--
-- Name: COLUMN notification_audit.notification_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notification_audit.notification_id IS 'Name of the NotificationRequest custom resource';

--
-- Name: COLUMN notification_audit.remediation_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notification_audit.remediation_id IS 'Name of the RemediationRequest the notification is about';

--
-- Name: COLUMN notification_audit.escalation_level; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notification_audit.escalation_level IS '0 = first notification, incremented on each escalation';

--
-- Name: notification_audit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notification_audit ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.notification_audit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: notification_delivery_summary; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.notification_delivery_summary AS
 SELECT date_trunc('day'::text, (n.created_at AT TIME ZONE 'UTC'::text)) AS delivery_day,
    n.channel,
    count(*) AS total_notifications,
    count(*) FILTER (WHERE (n.status = ANY (ARRAY['sent'::public.notification_delivery_status, 'delivered'::public.notification_delivery_status]))) AS sent_notifications,
    count(*) FILTER (WHERE (n.status = 'failed'::public.notification_delivery_status)) AS failed_notifications,
    count(*) FILTER (WHERE (n.escalation_level > 0)) AS escalated_notifications,
    round(avg(n.retry_count), 2) AS avg_retry_count
   FROM public.notification_audit n
  GROUP BY (date_trunc('day'::text, (n.created_at AT TIME ZONE 'UTC'::text))), n.channel;

--
-- Name: VIEW notification_delivery_summary; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.notification_delivery_summary IS 'Notifications per UTC day and channel, by delivery outcome';

--
-- Name: resource_references; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_references (
    id bigint NOT NULL,
    resource_uid text NOT NULL,
    api_version text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    namespace text,
    cluster_name text DEFAULT 'default'::text NOT NULL,
    labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT resource_references_labels_check CHECK ((jsonb_typeof(labels) = 'object'::text)),
    CONSTRAINT resource_references_name_check CHECK (((length(name) >= 1) AND (length(name) <= 253)))
);

--
-- Name: TABLE resource_references; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.resource_references IS 'Kubernetes objects that remediation actions have been taken on';

--
-- Name: COLUMN resource_references.resource_uid; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_references.resource_uid IS 'metadata.uid of the Kubernetes object';

--
-- Name: COLUMN resource_references.deleted_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resource_references.deleted_at IS 'Set when the object is gone from the cluster; the row is kept for history';

--
-- Name: pending_effectiveness_assessments; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.pending_effectiveness_assessments AS
 SELECT a.id AS assessment_id,
    a.trace_id,
    a.trace_action_timestamp,
    a.status,
    a.scheduled_for,
    t.action_type,
    r.kind AS resource_kind,
    r.namespace AS resource_namespace,
    r.name AS resource_name
   FROM (((public.effectiveness_assessments a
     JOIN public.resource_action_traces t ON (((t.id = a.trace_id) AND (t.action_timestamp = a.trace_action_timestamp))))
     JOIN public.action_histories h ON ((h.id = t.action_history_id)))
     JOIN public.resource_references r ON ((r.id = h.resource_id)))
  WHERE (a.status = ANY (ARRAY['pending'::public.assessment_status, 'in_progress'::public.assessment_status]));

--
-- Name: VIEW pending_effectiveness_assessments; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.pending_effectiveness_assessments IS 'Assessments not yet finished, with the resource they concern';

--
-- Name: remediation_workflow_catalog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remediation_workflow_catalog (
    workflow_id text NOT NULL,
    version text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    owner text,
    maintainer text,
    content text NOT NULL,
    content_hash text NOT NULL,
    parameters jsonb,
    labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    embedding real[],
    status public.workflow_status DEFAULT 'active'::public.workflow_status NOT NULL,
    is_latest_version boolean DEFAULT false NOT NULL,
    previous_version text,
    deprecation_notice text,
    version_notes text,
    approved_by text,
    approved_at timestamp with time zone,
    expected_success_rate numeric(4,3),
    expected_duration_seconds integer,
    actual_success_rate numeric(4,3),
    total_executions integer DEFAULT 0 NOT NULL,
    successful_executions integer DEFAULT 0 NOT NULL,
    created_by text,
    updated_by text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS ((setweight(to_tsvector('english'::regconfig, COALESCE(name, ''::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(description, ''::text)), 'B'::"char"))) STORED,
    CONSTRAINT remediation_workflow_catalog_actual_success_rate_check CHECK (((actual_success_rate >= (0)::numeric) AND (actual_success_rate <= (1)::numeric))),
    CONSTRAINT remediation_workflow_catalog_approval_check CHECK (((approved_at IS NULL) OR (approved_by IS NOT NULL))),
    CONSTRAINT remediation_workflow_catalog_content_hash_check CHECK ((content_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT remediation_workflow_catalog_deprecation_check CHECK (((status <> 'deprecated'::public.workflow_status) OR (deprecation_notice IS NOT NULL))),
    CONSTRAINT remediation_workflow_catalog_embedding_dim_check CHECK (((embedding IS NULL) OR ((array_ndims(embedding) = 1) AND (array_length(embedding, 1) = 768)))),
    CONSTRAINT remediation_workflow_catalog_executions_check CHECK (((total_executions >= 0) AND ((successful_executions >= 0) AND (successful_executions <= total_executions)))),
    CONSTRAINT remediation_workflow_catalog_expected_duration_check CHECK ((expected_duration_seconds > 0)),
    CONSTRAINT remediation_workflow_catalog_expected_success_rate_check CHECK (((expected_success_rate >= (0)::numeric) AND (expected_success_rate <= (1)::numeric))),
    CONSTRAINT remediation_workflow_catalog_labels_check CHECK ((jsonb_typeof(labels) = 'object'::text)),
    CONSTRAINT remediation_workflow_catalog_parameters_check CHECK (((parameters IS NULL) OR (jsonb_typeof(parameters) = 'object'::text)))
);

--
-- Name: TABLE remediation_workflow_catalog; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.remediation_workflow_catalog IS 'Versioned remediation workflows available to the AI';

--
-- Name: COLUMN remediation_workflow_catalog.content; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.remediation_workflow_catalog.content IS 'Workflow definition (Tekton pipeline YAML)';

--
-- Name: COLUMN remediation_workflow_catalog.content_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.remediation_workflow_catalog.content_hash IS 'SHA-256 of content, lowercase hex';

--
-- Name: COLUMN remediation_workflow_catalog.labels; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.remediation_workflow_catalog.labels IS 'Mandatory selection labels: signal_type, severity, component, environment, priority';

--
-- Name: COLUMN remediation_workflow_catalog.embedding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.remediation_workflow_catalog.embedding IS 'all-mpnet-base-v2 embedding of name and description, 768 dimensions';

--
-- Name: COLUMN remediation_workflow_catalog.is_latest_version; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.remediation_workflow_catalog.is_latest_version IS 'Exactly one row per workflow_id is the latest';

--
-- Name: COLUMN remediation_workflow_catalog.search_vector; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.remediation_workflow_catalog.search_vector IS 'Full-text vector of name (A) and description (B); maintained by PostgreSQL';

--
-- Name: resource_action_traces_2025_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_01 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_02 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_03; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_03 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_04; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_04 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_05; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_05 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_06; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_06 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_07; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_07 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_08; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_08 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_09; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_09 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_10 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_11 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2025_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2025_12 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_01 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_02 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_03; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_03 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_04; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_04 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_05; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_05 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_06; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_06 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_07; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_07 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_08; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_08 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_09; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_09 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_10 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_11 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_2026_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_2026_12 (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: resource_action_traces_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_action_traces_default (
    id bigint NOT NULL,
    action_history_id bigint NOT NULL,
    action_id uuid DEFAULT gen_random_uuid() NOT NULL,
    action_timestamp timestamp with time zone DEFAULT now() NOT NULL,
    execution_start_time timestamp with time zone,
    execution_end_time timestamp with time zone,
    execution_duration_ms integer,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    signal_labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_annotations jsonb DEFAULT '{}'::jsonb NOT NULL,
    signal_firing_time timestamp with time zone,
    model_used text NOT NULL,
    model_confidence numeric(4,3) NOT NULL,
    model_reasoning text,
    action_type text NOT NULL,
    action_parameters jsonb DEFAULT '{}'::jsonb NOT NULL,
    resource_state_before jsonb,
    resource_state_after jsonb,
    execution_status public.action_status DEFAULT 'pending'::public.action_status NOT NULL,
    execution_error text,
    kubernetes_operations jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    correlation_id uuid,
    remediation_request_name text,
    signal_fingerprint text,
    incident_type text,
    workflow_id text,
    workflow_version text,
    workflow_step_number integer,
    workflow_execution_id text,
    ai_selected_workflow boolean DEFAULT false NOT NULL,
    ai_chained_workflows boolean DEFAULT false NOT NULL,
    ai_manual_escalation boolean DEFAULT false NOT NULL,
    ai_workflow_customization jsonb,
    CONSTRAINT resource_action_traces_duration_check CHECK (((execution_duration_ms IS NULL) OR (execution_duration_ms >= 0))),
    CONSTRAINT resource_action_traces_execution_window_check CHECK (((execution_end_time IS NULL) OR (execution_start_time IS NULL) OR (execution_end_time >= execution_start_time))),
    CONSTRAINT resource_action_traces_model_confidence_check CHECK (((model_confidence >= (0)::numeric) AND (model_confidence <= (1)::numeric))),
    CONSTRAINT resource_action_traces_signal_labels_check CHECK ((jsonb_typeof(signal_labels) = 'object'::text)),
    CONSTRAINT resource_action_traces_workflow_step_check CHECK (((workflow_step_number IS NULL) OR (workflow_step_number > 0))),
    CONSTRAINT resource_action_traces_workflow_version_check CHECK (((workflow_version IS NULL) OR (workflow_id IS NOT NULL)))
);

--
-- Name: TABLE resource_action_traces_default; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.resource_action_traces_default IS 'Catch-all partition; rows here mean a monthly partition is missing';

--
-- Name: resource_action_traces_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.resource_action_traces ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.resource_action_traces_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: resource_references_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.resource_references ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.resource_references_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: signal_correlations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signal_correlations (
    id bigint NOT NULL,
    signal_fingerprint text NOT NULL,
    signal_name text NOT NULL,
    signal_severity public.signal_severity NOT NULL,
    namespace text,
    resource_id bigint,
    correlation_key text NOT NULL,
    occurrence_count integer DEFAULT 1 NOT NULL,
    first_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    labels jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT signal_correlations_labels_check CHECK ((jsonb_typeof(labels) = 'object'::text)),
    CONSTRAINT signal_correlations_occurrence_count_check CHECK ((occurrence_count > 0)),
    CONSTRAINT signal_correlations_seen_order_check CHECK ((last_seen_at >= first_seen_at))
);

--
-- Name: TABLE signal_correlations; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.signal_correlations IS 'Deduplicated incoming notifications, one row per fingerprint';

--
-- Name: COLUMN signal_correlations.correlation_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.signal_correlations.correlation_key IS 'Groups fingerprints that belong to one incident';

--
-- Name: signal_correlations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.signal_correlations ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.signal_correlations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: workflow_success_rates; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.workflow_success_rates AS
 SELECT t.workflow_id,
    t.workflow_version,
    t.incident_type,
    count(*) AS total_executions,
    count(*) FILTER (WHERE (t.execution_status = 'completed'::public.action_status)) AS successful_executions,
    round(((count(*) FILTER (WHERE (t.execution_status = 'completed'::public.action_status)))::numeric / (NULLIF(count(*), 0))::numeric), 4) AS success_rate,
    count(*) FILTER (WHERE t.ai_selected_workflow) AS ai_selected_executions,
    count(*) FILTER (WHERE t.ai_manual_escalation) AS escalated_executions
   FROM public.resource_action_traces t
  WHERE (t.workflow_id IS NOT NULL)
  GROUP BY t.workflow_id, t.workflow_version, t.incident_type;

--
-- Name: VIEW workflow_success_rates; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.workflow_success_rates IS 'ADR-033 success rate per workflow version and incident type';

--
-- Name: audit_events_2025_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_01 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');

--
-- Name: audit_events_2025_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_02 FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');

--
-- Name: audit_events_2025_03; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_03 FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');

--
-- Name: audit_events_2025_04; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_04 FOR VALUES FROM ('2025-04-01 00:00:00+00') TO ('2025-05-01 00:00:00+00');

--
-- Name: audit_events_2025_05; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_05 FOR VALUES FROM ('2025-05-01 00:00:00+00') TO ('2025-06-01 00:00:00+00');

--
-- Name: audit_events_2025_06; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_06 FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-07-01 00:00:00+00');

--
-- Name: audit_events_2025_07; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_07 FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-08-01 00:00:00+00');

--
-- Name: audit_events_2025_08; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_08 FOR VALUES FROM ('2025-08-01 00:00:00+00') TO ('2025-09-01 00:00:00+00');

--
-- Name: audit_events_2025_09; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_09 FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');

--
-- Name: audit_events_2025_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_10 FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');

--
-- Name: audit_events_2025_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_11 FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');

--
-- Name: audit_events_2025_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2025_12 FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

--
-- Name: audit_events_2026_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_01 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');

--
-- Name: audit_events_2026_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_02 FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');

--
-- Name: audit_events_2026_03; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_03 FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');

--
-- Name: audit_events_2026_04; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_04 FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00');

--
-- Name: audit_events_2026_05; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_05 FOR VALUES FROM ('2026-05-01 00:00:00+00') TO ('2026-06-01 00:00:00+00');

--
-- Name: audit_events_2026_06; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_06 FOR VALUES FROM ('2026-06-01 00:00:00+00') TO ('2026-07-01 00:00:00+00');

--
-- Name: audit_events_2026_07; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_07 FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2026-08-01 00:00:00+00');

--
-- Name: audit_events_2026_08; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_08 FOR VALUES FROM ('2026-08-01 00:00:00+00') TO ('2026-09-01 00:00:00+00');

--
-- Name: audit_events_2026_09; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_09 FOR VALUES FROM ('2026-09-01 00:00:00+00') TO ('2026-10-01 00:00:00+00');

--
-- Name: audit_events_2026_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_10 FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');

--
-- Name: audit_events_2026_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');

--
-- Name: audit_events_2026_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2026_12 FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

--
-- Name: audit_events_2027_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_01 FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-02-01 00:00:00+00');

--
-- Name: audit_events_2027_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_02 FOR VALUES FROM ('2027-02-01 00:00:00+00') TO ('2027-03-01 00:00:00+00');

--
-- Name: audit_events_2027_03; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_03 FOR VALUES FROM ('2027-03-01 00:00:00+00') TO ('2027-04-01 00:00:00+00');

--
-- Name: audit_events_2027_04; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_04 FOR VALUES FROM ('2027-04-01 00:00:00+00') TO ('2027-05-01 00:00:00+00');

--
-- Name: audit_events_2027_05; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_05 FOR VALUES FROM ('2027-05-01 00:00:00+00') TO ('2027-06-01 00:00:00+00');

--
-- Name: audit_events_2027_06; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_06 FOR VALUES FROM ('2027-06-01 00:00:00+00') TO ('2027-07-01 00:00:00+00');

--
-- Name: audit_events_2027_07; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_07 FOR VALUES FROM ('2027-07-01 00:00:00+00') TO ('2027-08-01 00:00:00+00');

--
-- Name: audit_events_2027_08; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_08 FOR VALUES FROM ('2027-08-01 00:00:00+00') TO ('2027-09-01 00:00:00+00');

--
-- Name: audit_events_2027_09; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_09 FOR VALUES FROM ('2027-09-01 00:00:00+00') TO ('2027-10-01 00:00:00+00');

--
-- Name: audit_events_2027_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_10 FOR VALUES FROM ('2027-10-01 00:00:00+00') TO ('2027-11-01 00:00:00+00');

--
-- Name: audit_events_2027_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_11 FOR VALUES FROM ('2027-11-01 00:00:00+00') TO ('2027-12-01 00:00:00+00');

--
-- Name: audit_events_2027_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_2027_12 FOR VALUES FROM ('2027-12-01 00:00:00+00') TO ('2028-01-01 00:00:00+00');

--
-- Name: audit_events_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events ATTACH PARTITION public.audit_events_default DEFAULT;

--
-- Name: resource_action_traces_2025_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_01 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_02 FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_03; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_03 FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_04; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_04 FOR VALUES FROM ('2025-04-01 00:00:00+00') TO ('2025-05-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_05; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_05 FOR VALUES FROM ('2025-05-01 00:00:00+00') TO ('2025-06-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_06; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_06 FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-07-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_07; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_07 FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-08-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_08; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_08 FOR VALUES FROM ('2025-08-01 00:00:00+00') TO ('2025-09-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_09; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_09 FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_10 FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_11 FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');

--
-- Name: resource_action_traces_2025_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2025_12 FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_01 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_02 FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_03; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_03 FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_04; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_04 FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_05; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_05 FOR VALUES FROM ('2026-05-01 00:00:00+00') TO ('2026-06-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_06; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_06 FOR VALUES FROM ('2026-06-01 00:00:00+00') TO ('2026-07-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_07; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_07 FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2026-08-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_08; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_08 FOR VALUES FROM ('2026-08-01 00:00:00+00') TO ('2026-09-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_09; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_09 FOR VALUES FROM ('2026-09-01 00:00:00+00') TO ('2026-10-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_10 FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');

--
-- Name: resource_action_traces_2026_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_2026_12 FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

--
-- Name: resource_action_traces_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces ATTACH PARTITION public.resource_action_traces_default DEFAULT;

--
-- Name: action_histories action_histories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_histories
    ADD CONSTRAINT action_histories_pkey PRIMARY KEY (id);

--
-- Name: action_histories action_histories_resource_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_histories
    ADD CONSTRAINT action_histories_resource_id_key UNIQUE (resource_id);

--
-- Name: action_patterns action_patterns_pattern_signature_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_patterns
    ADD CONSTRAINT action_patterns_pattern_signature_key UNIQUE (pattern_signature);

--
-- Name: action_patterns action_patterns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_patterns
    ADD CONSTRAINT action_patterns_pkey PRIMARY KEY (id);

--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_01 audit_events_2025_01_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_01
    ADD CONSTRAINT audit_events_2025_01_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_02 audit_events_2025_02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_02
    ADD CONSTRAINT audit_events_2025_02_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_03 audit_events_2025_03_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_03
    ADD CONSTRAINT audit_events_2025_03_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_04 audit_events_2025_04_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_04
    ADD CONSTRAINT audit_events_2025_04_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_05 audit_events_2025_05_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_05
    ADD CONSTRAINT audit_events_2025_05_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_06 audit_events_2025_06_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_06
    ADD CONSTRAINT audit_events_2025_06_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_07 audit_events_2025_07_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_07
    ADD CONSTRAINT audit_events_2025_07_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_08 audit_events_2025_08_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_08
    ADD CONSTRAINT audit_events_2025_08_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_09 audit_events_2025_09_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_09
    ADD CONSTRAINT audit_events_2025_09_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_10 audit_events_2025_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_10
    ADD CONSTRAINT audit_events_2025_10_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_11 audit_events_2025_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_11
    ADD CONSTRAINT audit_events_2025_11_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2025_12 audit_events_2025_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2025_12
    ADD CONSTRAINT audit_events_2025_12_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_01 audit_events_2026_01_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_01
    ADD CONSTRAINT audit_events_2026_01_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_02 audit_events_2026_02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_02
    ADD CONSTRAINT audit_events_2026_02_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_03 audit_events_2026_03_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_03
    ADD CONSTRAINT audit_events_2026_03_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_04 audit_events_2026_04_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_04
    ADD CONSTRAINT audit_events_2026_04_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_05 audit_events_2026_05_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_05
    ADD CONSTRAINT audit_events_2026_05_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_06 audit_events_2026_06_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_06
    ADD CONSTRAINT audit_events_2026_06_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_07 audit_events_2026_07_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_07
    ADD CONSTRAINT audit_events_2026_07_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_08 audit_events_2026_08_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_08
    ADD CONSTRAINT audit_events_2026_08_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_09 audit_events_2026_09_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_09
    ADD CONSTRAINT audit_events_2026_09_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_10 audit_events_2026_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_10
    ADD CONSTRAINT audit_events_2026_10_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_11 audit_events_2026_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_11
    ADD CONSTRAINT audit_events_2026_11_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2026_12 audit_events_2026_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2026_12
    ADD CONSTRAINT audit_events_2026_12_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_01 audit_events_2027_01_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_01
    ADD CONSTRAINT audit_events_2027_01_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_02 audit_events_2027_02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_02
    ADD CONSTRAINT audit_events_2027_02_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_03 audit_events_2027_03_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_03
    ADD CONSTRAINT audit_events_2027_03_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_04 audit_events_2027_04_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_04
    ADD CONSTRAINT audit_events_2027_04_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_05 audit_events_2027_05_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_05
    ADD CONSTRAINT audit_events_2027_05_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_06 audit_events_2027_06_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_06
    ADD CONSTRAINT audit_events_2027_06_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_07 audit_events_2027_07_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_07
    ADD CONSTRAINT audit_events_2027_07_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_08 audit_events_2027_08_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_08
    ADD CONSTRAINT audit_events_2027_08_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_09 audit_events_2027_09_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_09
    ADD CONSTRAINT audit_events_2027_09_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_10 audit_events_2027_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_10
    ADD CONSTRAINT audit_events_2027_10_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_11 audit_events_2027_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_11
    ADD CONSTRAINT audit_events_2027_11_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_2027_12 audit_events_2027_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_2027_12
    ADD CONSTRAINT audit_events_2027_12_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: audit_events_default audit_events_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events_default
    ADD CONSTRAINT audit_events_default_pkey PRIMARY KEY (event_id, event_timestamp);

--
-- Name: effectiveness_assessments effectiveness_assessments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.effectiveness_assessments
    ADD CONSTRAINT effectiveness_assessments_pkey PRIMARY KEY (id);

--
-- Name: effectiveness_assessments effectiveness_assessments_trace_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.effectiveness_assessments
    ADD CONSTRAINT effectiveness_assessments_trace_key UNIQUE (trace_id, trace_action_timestamp);

--
-- Name: notification_audit notification_audit_delivery_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_audit
    ADD CONSTRAINT notification_audit_delivery_key UNIQUE (notification_id, channel, recipient);

--
-- Name: notification_audit notification_audit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_audit
    ADD CONSTRAINT notification_audit_pkey PRIMARY KEY (id);

--
-- Name: remediation_workflow_catalog remediation_workflow_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remediation_workflow_catalog
    ADD CONSTRAINT remediation_workflow_catalog_pkey PRIMARY KEY (workflow_id, version);

--
-- Name: resource_action_traces resource_action_traces_action_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces
    ADD CONSTRAINT resource_action_traces_action_id_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_01 resource_action_traces_2025_01_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_01
    ADD CONSTRAINT resource_action_traces_2025_01_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces resource_action_traces_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces
    ADD CONSTRAINT resource_action_traces_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_01 resource_action_traces_2025_01_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_01
    ADD CONSTRAINT resource_action_traces_2025_01_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_02 resource_action_traces_2025_02_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_02
    ADD CONSTRAINT resource_action_traces_2025_02_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_02 resource_action_traces_2025_02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_02
    ADD CONSTRAINT resource_action_traces_2025_02_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_03 resource_action_traces_2025_03_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_03
    ADD CONSTRAINT resource_action_traces_2025_03_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_03 resource_action_traces_2025_03_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_03
    ADD CONSTRAINT resource_action_traces_2025_03_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_04 resource_action_traces_2025_04_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_04
    ADD CONSTRAINT resource_action_traces_2025_04_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_04 resource_action_traces_2025_04_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_04
    ADD CONSTRAINT resource_action_traces_2025_04_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_05 resource_action_traces_2025_05_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_05
    ADD CONSTRAINT resource_action_traces_2025_05_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_05 resource_action_traces_2025_05_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_05
    ADD CONSTRAINT resource_action_traces_2025_05_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_06 resource_action_traces_2025_06_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_06
    ADD CONSTRAINT resource_action_traces_2025_06_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_06 resource_action_traces_2025_06_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_06
    ADD CONSTRAINT resource_action_traces_2025_06_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_07 resource_action_traces_2025_07_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_07
    ADD CONSTRAINT resource_action_traces_2025_07_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_07 resource_action_traces_2025_07_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_07
    ADD CONSTRAINT resource_action_traces_2025_07_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_08 resource_action_traces_2025_08_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_08
    ADD CONSTRAINT resource_action_traces_2025_08_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_08 resource_action_traces_2025_08_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_08
    ADD CONSTRAINT resource_action_traces_2025_08_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_09 resource_action_traces_2025_09_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_09
    ADD CONSTRAINT resource_action_traces_2025_09_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_09 resource_action_traces_2025_09_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_09
    ADD CONSTRAINT resource_action_traces_2025_09_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_10 resource_action_traces_2025_10_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_10
    ADD CONSTRAINT resource_action_traces_2025_10_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_10 resource_action_traces_2025_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_10
    ADD CONSTRAINT resource_action_traces_2025_10_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_11 resource_action_traces_2025_11_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_11
    ADD CONSTRAINT resource_action_traces_2025_11_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_11 resource_action_traces_2025_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_11
    ADD CONSTRAINT resource_action_traces_2025_11_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2025_12 resource_action_traces_2025_12_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_12
    ADD CONSTRAINT resource_action_traces_2025_12_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2025_12 resource_action_traces_2025_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2025_12
    ADD CONSTRAINT resource_action_traces_2025_12_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_01 resource_action_traces_2026_01_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_01
    ADD CONSTRAINT resource_action_traces_2026_01_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_01 resource_action_traces_2026_01_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_01
    ADD CONSTRAINT resource_action_traces_2026_01_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_02 resource_action_traces_2026_02_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_02
    ADD CONSTRAINT resource_action_traces_2026_02_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_02 resource_action_traces_2026_02_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_02
    ADD CONSTRAINT resource_action_traces_2026_02_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_03 resource_action_traces_2026_03_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_03
    ADD CONSTRAINT resource_action_traces_2026_03_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_03 resource_action_traces_2026_03_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_03
    ADD CONSTRAINT resource_action_traces_2026_03_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_04 resource_action_traces_2026_04_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_04
    ADD CONSTRAINT resource_action_traces_2026_04_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_04 resource_action_traces_2026_04_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_04
    ADD CONSTRAINT resource_action_traces_2026_04_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_05 resource_action_traces_2026_05_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_05
    ADD CONSTRAINT resource_action_traces_2026_05_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_05 resource_action_traces_2026_05_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_05
    ADD CONSTRAINT resource_action_traces_2026_05_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_06 resource_action_traces_2026_06_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_06
    ADD CONSTRAINT resource_action_traces_2026_06_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_06 resource_action_traces_2026_06_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_06
    ADD CONSTRAINT resource_action_traces_2026_06_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_07 resource_action_traces_2026_07_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_07
    ADD CONSTRAINT resource_action_traces_2026_07_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_07 resource_action_traces_2026_07_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_07
    ADD CONSTRAINT resource_action_traces_2026_07_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_08 resource_action_traces_2026_08_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_08
    ADD CONSTRAINT resource_action_traces_2026_08_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_08 resource_action_traces_2026_08_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_08
    ADD CONSTRAINT resource_action_traces_2026_08_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_09 resource_action_traces_2026_09_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_09
    ADD CONSTRAINT resource_action_traces_2026_09_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_09 resource_action_traces_2026_09_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_09
    ADD CONSTRAINT resource_action_traces_2026_09_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_10 resource_action_traces_2026_10_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_10
    ADD CONSTRAINT resource_action_traces_2026_10_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_10 resource_action_traces_2026_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_10
    ADD CONSTRAINT resource_action_traces_2026_10_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_11 resource_action_traces_2026_11_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_11
    ADD CONSTRAINT resource_action_traces_2026_11_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_11 resource_action_traces_2026_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_11
    ADD CONSTRAINT resource_action_traces_2026_11_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_2026_12 resource_action_traces_2026_12_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_12
    ADD CONSTRAINT resource_action_traces_2026_12_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_2026_12 resource_action_traces_2026_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_2026_12
    ADD CONSTRAINT resource_action_traces_2026_12_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_action_traces_default resource_action_traces_default_action_id_action_timestamp_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_default
    ADD CONSTRAINT resource_action_traces_default_action_id_action_timestamp_key UNIQUE (action_id, action_timestamp);

--
-- Name: resource_action_traces_default resource_action_traces_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_action_traces_default
    ADD CONSTRAINT resource_action_traces_default_pkey PRIMARY KEY (id, action_timestamp);

--
-- Name: resource_references resource_references_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_references
    ADD CONSTRAINT resource_references_pkey PRIMARY KEY (id);

--
-- Name: resource_references resource_references_resource_uid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_references
    ADD CONSTRAINT resource_references_resource_uid_key UNIQUE (resource_uid);

--
-- Name: signal_correlations signal_correlations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signal_correlations
    ADD CONSTRAINT signal_correlations_pkey PRIMARY KEY (id);

--
-- Name: signal_correlations signal_correlations_signal_fingerprint_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signal_correlations
    ADD CONSTRAINT signal_correlations_signal_fingerprint_key UNIQUE (signal_fingerprint);

--
-- Name: idx_audit_events_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_events_actor ON ONLY public.audit_events USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_01_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_01_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_01 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: idx_audit_events_correlation_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_events_correlation_id ON ONLY public.audit_events USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_01_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_01_correlation_id_event_timestamp_idx ON public.audit_events_2025_01 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: idx_audit_events_event_data; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_events_event_data ON ONLY public.audit_events USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_01_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_01_event_data_idx ON public.audit_events_2025_01 USING gin (event_data jsonb_path_ops);

--
-- Name: idx_audit_events_event_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_events_event_type ON ONLY public.audit_events USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_01_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_01_event_type_event_timestamp_idx ON public.audit_events_2025_01 USING btree (event_type, event_timestamp DESC);

--
-- Name: idx_audit_events_parent_event_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_events_parent_event_id ON ONLY public.audit_events USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_01_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_01_parent_event_id_idx ON public.audit_events_2025_01 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: idx_audit_events_resource; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_events_resource ON ONLY public.audit_events USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_01_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_01_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_01 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_02_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_02_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_02 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_02_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_02_correlation_id_event_timestamp_idx ON public.audit_events_2025_02 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_02_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_02_event_data_idx ON public.audit_events_2025_02 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_02_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_02_event_type_event_timestamp_idx ON public.audit_events_2025_02 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_02_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_02_parent_event_id_idx ON public.audit_events_2025_02 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_02_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_02_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_02 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_03_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_03_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_03 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_03_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_03_correlation_id_event_timestamp_idx ON public.audit_events_2025_03 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_03_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_03_event_data_idx ON public.audit_events_2025_03 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_03_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_03_event_type_event_timestamp_idx ON public.audit_events_2025_03 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_03_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_03_parent_event_id_idx ON public.audit_events_2025_03 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_03_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_03_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_03 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_04_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_04_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_04 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_04_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_04_correlation_id_event_timestamp_idx ON public.audit_events_2025_04 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_04_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_04_event_data_idx ON public.audit_events_2025_04 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_04_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_04_event_type_event_timestamp_idx ON public.audit_events_2025_04 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_04_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_04_parent_event_id_idx ON public.audit_events_2025_04 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_04_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_04_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_04 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_05_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_05_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_05 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_05_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_05_correlation_id_event_timestamp_idx ON public.audit_events_2025_05 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_05_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_05_event_data_idx ON public.audit_events_2025_05 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_05_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_05_event_type_event_timestamp_idx ON public.audit_events_2025_05 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_05_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_05_parent_event_id_idx ON public.audit_events_2025_05 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_05_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_05_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_05 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_06_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_06_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_06 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_06_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_06_correlation_id_event_timestamp_idx ON public.audit_events_2025_06 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_06_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_06_event_data_idx ON public.audit_events_2025_06 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_06_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_06_event_type_event_timestamp_idx ON public.audit_events_2025_06 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_06_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_06_parent_event_id_idx ON public.audit_events_2025_06 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_06_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_06_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_06 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_07_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_07_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_07 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_07_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_07_correlation_id_event_timestamp_idx ON public.audit_events_2025_07 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_07_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_07_event_data_idx ON public.audit_events_2025_07 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_07_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_07_event_type_event_timestamp_idx ON public.audit_events_2025_07 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_07_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_07_parent_event_id_idx ON public.audit_events_2025_07 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_07_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_07_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_07 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_08_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_08_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_08 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_08_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_08_correlation_id_event_timestamp_idx ON public.audit_events_2025_08 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_08_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_08_event_data_idx ON public.audit_events_2025_08 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_08_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_08_event_type_event_timestamp_idx ON public.audit_events_2025_08 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_08_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_08_parent_event_id_idx ON public.audit_events_2025_08 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_08_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_08_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_08 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_09_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_09_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_09 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_09_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_09_correlation_id_event_timestamp_idx ON public.audit_events_2025_09 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_09_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_09_event_data_idx ON public.audit_events_2025_09 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_09_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_09_event_type_event_timestamp_idx ON public.audit_events_2025_09 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_09_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_09_parent_event_id_idx ON public.audit_events_2025_09 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_09_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_09_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_09 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_10_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_10_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_10 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_10_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_10_correlation_id_event_timestamp_idx ON public.audit_events_2025_10 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_10_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_10_event_data_idx ON public.audit_events_2025_10 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_10_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_10_event_type_event_timestamp_idx ON public.audit_events_2025_10 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_10_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_10_parent_event_id_idx ON public.audit_events_2025_10 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_10_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_10_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_10 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_11_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_11_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_11 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_11_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_11_correlation_id_event_timestamp_idx ON public.audit_events_2025_11 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_11_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_11_event_data_idx ON public.audit_events_2025_11 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_11_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_11_event_type_event_timestamp_idx ON public.audit_events_2025_11 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_11_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_11_parent_event_id_idx ON public.audit_events_2025_11 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_11_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_11_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_11 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2025_12_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_12_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2025_12 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2025_12_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_12_correlation_id_event_timestamp_idx ON public.audit_events_2025_12 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2025_12_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_12_event_data_idx ON public.audit_events_2025_12 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2025_12_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_12_event_type_event_timestamp_idx ON public.audit_events_2025_12 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2025_12_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_12_parent_event_id_idx ON public.audit_events_2025_12 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2025_12_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2025_12_resource_type_resource_id_event_timest_idx ON public.audit_events_2025_12 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_01_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_01_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_01 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_01_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_01_correlation_id_event_timestamp_idx ON public.audit_events_2026_01 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_01_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_01_event_data_idx ON public.audit_events_2026_01 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_01_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_01_event_type_event_timestamp_idx ON public.audit_events_2026_01 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_01_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_01_parent_event_id_idx ON public.audit_events_2026_01 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_01_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_01_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_01 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_02_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_02_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_02 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_02_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_02_correlation_id_event_timestamp_idx ON public.audit_events_2026_02 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_02_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_02_event_data_idx ON public.audit_events_2026_02 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_02_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_02_event_type_event_timestamp_idx ON public.audit_events_2026_02 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_02_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_02_parent_event_id_idx ON public.audit_events_2026_02 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_02_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_02_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_02 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_03_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_03_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_03 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_03_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_03_correlation_id_event_timestamp_idx ON public.audit_events_2026_03 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_03_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_03_event_data_idx ON public.audit_events_2026_03 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_03_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_03_event_type_event_timestamp_idx ON public.audit_events_2026_03 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_03_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_03_parent_event_id_idx ON public.audit_events_2026_03 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_03_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_03_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_03 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_04_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_04_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_04 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_04_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_04_correlation_id_event_timestamp_idx ON public.audit_events_2026_04 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_04_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_04_event_data_idx ON public.audit_events_2026_04 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_04_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_04_event_type_event_timestamp_idx ON public.audit_events_2026_04 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_04_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_04_parent_event_id_idx ON public.audit_events_2026_04 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_04_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_04_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_04 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_05_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_05_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_05 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_05_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_05_correlation_id_event_timestamp_idx ON public.audit_events_2026_05 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_05_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_05_event_data_idx ON public.audit_events_2026_05 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_05_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_05_event_type_event_timestamp_idx ON public.audit_events_2026_05 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_05_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_05_parent_event_id_idx ON public.audit_events_2026_05 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_05_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_05_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_05 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_06_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_06_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_06 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_06_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_06_correlation_id_event_timestamp_idx ON public.audit_events_2026_06 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_06_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_06_event_data_idx ON public.audit_events_2026_06 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_06_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_06_event_type_event_timestamp_idx ON public.audit_events_2026_06 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_06_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_06_parent_event_id_idx ON public.audit_events_2026_06 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_06_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_06_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_06 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_07_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_07_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_07 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_07_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_07_correlation_id_event_timestamp_idx ON public.audit_events_2026_07 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_07_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_07_event_data_idx ON public.audit_events_2026_07 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_07_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_07_event_type_event_timestamp_idx ON public.audit_events_2026_07 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_07_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_07_parent_event_id_idx ON public.audit_events_2026_07 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_07_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_07_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_07 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_08_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_08_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_08 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_08_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_08_correlation_id_event_timestamp_idx ON public.audit_events_2026_08 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_08_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_08_event_data_idx ON public.audit_events_2026_08 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_08_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_08_event_type_event_timestamp_idx ON public.audit_events_2026_08 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_08_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_08_parent_event_id_idx ON public.audit_events_2026_08 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_08_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_08_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_08 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_09_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_09_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_09 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_09_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_09_correlation_id_event_timestamp_idx ON public.audit_events_2026_09 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_09_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_09_event_data_idx ON public.audit_events_2026_09 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_09_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_09_event_type_event_timestamp_idx ON public.audit_events_2026_09 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_09_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_09_parent_event_id_idx ON public.audit_events_2026_09 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_09_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_09_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_09 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_10_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_10_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_10 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_10_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_10_correlation_id_event_timestamp_idx ON public.audit_events_2026_10 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_10_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_10_event_data_idx ON public.audit_events_2026_10 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_10_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_10_event_type_event_timestamp_idx ON public.audit_events_2026_10 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_10_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_10_parent_event_id_idx ON public.audit_events_2026_10 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_10_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_10_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_10 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_11_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_11_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_11 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_11_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_11_correlation_id_event_timestamp_idx ON public.audit_events_2026_11 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_11_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_11_event_data_idx ON public.audit_events_2026_11 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_11_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_11_event_type_event_timestamp_idx ON public.audit_events_2026_11 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_11_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_11_parent_event_id_idx ON public.audit_events_2026_11 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_11_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_11_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_11 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2026_12_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_12_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2026_12 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2026_12_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_12_correlation_id_event_timestamp_idx ON public.audit_events_2026_12 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2026_12_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_12_event_data_idx ON public.audit_events_2026_12 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2026_12_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_12_event_type_event_timestamp_idx ON public.audit_events_2026_12 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2026_12_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_12_parent_event_id_idx ON public.audit_events_2026_12 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2026_12_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2026_12_resource_type_resource_id_event_timest_idx ON public.audit_events_2026_12 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_01_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_01_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_01 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_01_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_01_correlation_id_event_timestamp_idx ON public.audit_events_2027_01 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_01_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_01_event_data_idx ON public.audit_events_2027_01 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_01_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_01_event_type_event_timestamp_idx ON public.audit_events_2027_01 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_01_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_01_parent_event_id_idx ON public.audit_events_2027_01 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_01_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_01_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_01 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_02_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_02_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_02 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_02_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_02_correlation_id_event_timestamp_idx ON public.audit_events_2027_02 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_02_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_02_event_data_idx ON public.audit_events_2027_02 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_02_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_02_event_type_event_timestamp_idx ON public.audit_events_2027_02 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_02_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_02_parent_event_id_idx ON public.audit_events_2027_02 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_02_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_02_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_02 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_03_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_03_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_03 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_03_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_03_correlation_id_event_timestamp_idx ON public.audit_events_2027_03 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_03_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_03_event_data_idx ON public.audit_events_2027_03 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_03_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_03_event_type_event_timestamp_idx ON public.audit_events_2027_03 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_03_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_03_parent_event_id_idx ON public.audit_events_2027_03 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_03_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_03_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_03 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_04_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_04_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_04 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_04_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_04_correlation_id_event_timestamp_idx ON public.audit_events_2027_04 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_04_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_04_event_data_idx ON public.audit_events_2027_04 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_04_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_04_event_type_event_timestamp_idx ON public.audit_events_2027_04 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_04_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_04_parent_event_id_idx ON public.audit_events_2027_04 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_04_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_04_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_04 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_05_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_05_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_05 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_05_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_05_correlation_id_event_timestamp_idx ON public.audit_events_2027_05 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_05_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_05_event_data_idx ON public.audit_events_2027_05 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_05_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_05_event_type_event_timestamp_idx ON public.audit_events_2027_05 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_05_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_05_parent_event_id_idx ON public.audit_events_2027_05 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_05_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_05_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_05 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_06_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_06_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_06 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_06_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_06_correlation_id_event_timestamp_idx ON public.audit_events_2027_06 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_06_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_06_event_data_idx ON public.audit_events_2027_06 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_06_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_06_event_type_event_timestamp_idx ON public.audit_events_2027_06 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_06_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_06_parent_event_id_idx ON public.audit_events_2027_06 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_06_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_06_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_06 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_07_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_07_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_07 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_07_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_07_correlation_id_event_timestamp_idx ON public.audit_events_2027_07 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_07_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_07_event_data_idx ON public.audit_events_2027_07 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_07_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_07_event_type_event_timestamp_idx ON public.audit_events_2027_07 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_07_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_07_parent_event_id_idx ON public.audit_events_2027_07 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_07_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_07_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_07 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_08_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_08_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_08 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_08_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_08_correlation_id_event_timestamp_idx ON public.audit_events_2027_08 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_08_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_08_event_data_idx ON public.audit_events_2027_08 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_08_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_08_event_type_event_timestamp_idx ON public.audit_events_2027_08 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_08_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_08_parent_event_id_idx ON public.audit_events_2027_08 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_08_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_08_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_08 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_09_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_09_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_09 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_09_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_09_correlation_id_event_timestamp_idx ON public.audit_events_2027_09 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_09_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_09_event_data_idx ON public.audit_events_2027_09 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_09_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_09_event_type_event_timestamp_idx ON public.audit_events_2027_09 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_09_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_09_parent_event_id_idx ON public.audit_events_2027_09 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_09_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_09_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_09 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_10_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_10_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_10 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_10_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_10_correlation_id_event_timestamp_idx ON public.audit_events_2027_10 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_10_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_10_event_data_idx ON public.audit_events_2027_10 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_10_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_10_event_type_event_timestamp_idx ON public.audit_events_2027_10 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_10_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_10_parent_event_id_idx ON public.audit_events_2027_10 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_10_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_10_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_10 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_11_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_11_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_11 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_11_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_11_correlation_id_event_timestamp_idx ON public.audit_events_2027_11 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_11_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_11_event_data_idx ON public.audit_events_2027_11 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_11_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_11_event_type_event_timestamp_idx ON public.audit_events_2027_11 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_11_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_11_parent_event_id_idx ON public.audit_events_2027_11 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_11_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_11_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_11 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_2027_12_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_12_actor_type_actor_id_event_timestamp_idx ON public.audit_events_2027_12 USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_2027_12_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_12_correlation_id_event_timestamp_idx ON public.audit_events_2027_12 USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_2027_12_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_12_event_data_idx ON public.audit_events_2027_12 USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_2027_12_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_12_event_type_event_timestamp_idx ON public.audit_events_2027_12 USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_2027_12_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_12_parent_event_id_idx ON public.audit_events_2027_12 USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_2027_12_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_2027_12_resource_type_resource_id_event_timest_idx ON public.audit_events_2027_12 USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: audit_events_default_actor_type_actor_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_default_actor_type_actor_id_event_timestamp_idx ON public.audit_events_default USING btree (actor_type, actor_id, event_timestamp DESC);

--
-- Name: audit_events_default_correlation_id_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_default_correlation_id_event_timestamp_idx ON public.audit_events_default USING btree (correlation_id, event_timestamp DESC);

--
-- Name: audit_events_default_event_data_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_default_event_data_idx ON public.audit_events_default USING gin (event_data jsonb_path_ops);

--
-- Name: audit_events_default_event_type_event_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_default_event_type_event_timestamp_idx ON public.audit_events_default USING btree (event_type, event_timestamp DESC);

--
-- Name: audit_events_default_parent_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_default_parent_event_id_idx ON public.audit_events_default USING btree (parent_event_id) WHERE (parent_event_id IS NOT NULL);

--
-- Name: audit_events_default_resource_type_resource_id_event_timest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_default_resource_type_resource_id_event_timest_idx ON public.audit_events_default USING btree (resource_type, resource_id, event_timestamp DESC);

--
-- Name: idx_action_histories_last_compacted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_action_histories_last_compacted_at ON public.action_histories USING btree (last_compacted_at);

--
-- Name: idx_action_patterns_context_labels; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_action_patterns_context_labels ON public.action_patterns USING gin (context_labels);

--
-- Name: idx_action_patterns_missing_embedding; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_action_patterns_missing_embedding ON public.action_patterns USING btree (created_at) WHERE (embedding IS NULL);

--
-- Name: idx_action_patterns_signal_name_action_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_action_patterns_signal_name_action_type ON public.action_patterns USING btree (signal_name, action_type);

--
-- Name: idx_effectiveness_assessments_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_effectiveness_assessments_due ON public.effectiveness_assessments USING btree (scheduled_for) WHERE (status = ANY (ARRAY['pending'::public.assessment_status, 'in_progress'::public.assessment_status]));

--
-- Name: idx_effectiveness_assessments_side_effects; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_effectiveness_assessments_side_effects ON public.effectiveness_assessments USING gin (side_effects);

--
-- Name: idx_effectiveness_assessments_workflow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_effectiveness_assessments_workflow ON public.effectiveness_assessments USING btree (workflow_id, workflow_version) WHERE (workflow_id IS NOT NULL);

--
-- Name: idx_notification_audit_failed_deliveries; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_notification_audit_failed_deliveries ON public.notification_audit USING btree (channel, created_at DESC) WHERE (status = 'failed'::public.notification_delivery_status);

--
-- Name: INDEX idx_notification_audit_failed_deliveries; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.idx_notification_audit_failed_deliveries IS 'Failed-delivery dashboard, newest first per channel';

--
-- Name: idx_notification_audit_metadata; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_notification_audit_metadata ON public.notification_audit USING gin (metadata jsonb_path_ops);

--
-- Name: idx_notification_audit_recipient; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_notification_audit_recipient ON public.notification_audit USING btree (recipient, created_at DESC);

--
-- Name: idx_notification_audit_remediation_timeline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_notification_audit_remediation_timeline ON public.notification_audit USING btree (remediation_id, created_at DESC);

--
-- Name: idx_notification_audit_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_notification_audit_status ON public.notification_audit USING btree (status, created_at);

--
-- Name: idx_remediation_workflow_catalog_labels; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_remediation_workflow_catalog_labels ON public.remediation_workflow_catalog USING gin (labels jsonb_path_ops);

--
-- Name: idx_remediation_workflow_catalog_name_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_remediation_workflow_catalog_name_trgm ON public.remediation_workflow_catalog USING gin (name public.gin_trgm_ops);

--
-- Name: idx_remediation_workflow_catalog_search_vector; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_remediation_workflow_catalog_search_vector ON public.remediation_workflow_catalog USING gin (search_vector);

--
-- Name: idx_remediation_workflow_catalog_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_remediation_workflow_catalog_status ON public.remediation_workflow_catalog USING btree (status, updated_at DESC);

--
-- Name: idx_resource_action_traces_action_type_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_action_type_status ON ONLY public.resource_action_traces USING btree (action_type, execution_status);

--
-- Name: idx_resource_action_traces_correlation_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_correlation_id ON ONLY public.resource_action_traces USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: idx_resource_action_traces_dimensions; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_dimensions ON ONLY public.resource_action_traces USING btree (incident_type, workflow_id, action_type);

--
-- Name: idx_resource_action_traces_history_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_history_time ON ONLY public.resource_action_traces USING btree (action_history_id, action_timestamp DESC);

--
-- Name: idx_resource_action_traces_incident_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_incident_type ON ONLY public.resource_action_traces USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: idx_resource_action_traces_signal_fingerprint; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_signal_fingerprint ON ONLY public.resource_action_traces USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: idx_resource_action_traces_signal_labels; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_signal_labels ON ONLY public.resource_action_traces USING gin (signal_labels);

--
-- Name: idx_resource_action_traces_signal_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_signal_name ON ONLY public.resource_action_traces USING btree (signal_name);

--
-- Name: idx_resource_action_traces_workflow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_action_traces_workflow ON ONLY public.resource_action_traces USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: idx_resource_references_kind_namespace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_references_kind_namespace ON public.resource_references USING btree (kind, namespace, name);

--
-- Name: idx_resource_references_labels; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_resource_references_labels ON public.resource_references USING gin (labels jsonb_path_ops);

--
-- Name: idx_signal_correlations_correlation_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_signal_correlations_correlation_key ON public.signal_correlations USING btree (correlation_key);

--
-- Name: idx_signal_correlations_labels; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_signal_correlations_labels ON public.signal_correlations USING gin (labels);

--
-- Name: idx_signal_correlations_namespace_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_signal_correlations_namespace_name ON public.signal_correlations USING btree (namespace, signal_name);

--
-- Name: idx_signal_correlations_resource_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_signal_correlations_resource_id ON public.signal_correlations USING btree (resource_id) WHERE (resource_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_01_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_01_action_type_execution_status_idx ON public.resource_action_traces_2025_01 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_01_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_01_alert_labels_idx ON public.resource_action_traces_2025_01 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_01_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_01_alert_name_idx ON public.resource_action_traces_2025_01 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_01_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_01_correlation_id_idx ON public.resource_action_traces_2025_01 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_02_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_02_action_type_execution_status_idx ON public.resource_action_traces_2025_02 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_02_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_02_alert_labels_idx ON public.resource_action_traces_2025_02 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_02_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_02_alert_name_idx ON public.resource_action_traces_2025_02 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_02_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_02_correlation_id_idx ON public.resource_action_traces_2025_02 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_03_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_03_action_type_execution_status_idx ON public.resource_action_traces_2025_03 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_03_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_03_alert_labels_idx ON public.resource_action_traces_2025_03 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_03_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_03_alert_name_idx ON public.resource_action_traces_2025_03 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_03_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_03_correlation_id_idx ON public.resource_action_traces_2025_03 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_04_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_04_action_type_execution_status_idx ON public.resource_action_traces_2025_04 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_04_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_04_alert_labels_idx ON public.resource_action_traces_2025_04 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_04_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_04_alert_name_idx ON public.resource_action_traces_2025_04 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_04_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_04_correlation_id_idx ON public.resource_action_traces_2025_04 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_05_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_05_action_type_execution_status_idx ON public.resource_action_traces_2025_05 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_05_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_05_alert_labels_idx ON public.resource_action_traces_2025_05 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_05_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_05_alert_name_idx ON public.resource_action_traces_2025_05 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_05_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_05_correlation_id_idx ON public.resource_action_traces_2025_05 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_06_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_06_action_type_execution_status_idx ON public.resource_action_traces_2025_06 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_06_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_06_alert_labels_idx ON public.resource_action_traces_2025_06 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_06_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_06_alert_name_idx ON public.resource_action_traces_2025_06 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_06_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_06_correlation_id_idx ON public.resource_action_traces_2025_06 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_07_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_07_action_type_execution_status_idx ON public.resource_action_traces_2025_07 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_07_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_07_alert_labels_idx ON public.resource_action_traces_2025_07 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_07_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_07_alert_name_idx ON public.resource_action_traces_2025_07 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_07_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_07_correlation_id_idx ON public.resource_action_traces_2025_07 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_08_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_08_action_type_execution_status_idx ON public.resource_action_traces_2025_08 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_08_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_08_alert_labels_idx ON public.resource_action_traces_2025_08 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_08_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_08_alert_name_idx ON public.resource_action_traces_2025_08 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_08_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_08_correlation_id_idx ON public.resource_action_traces_2025_08 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_09_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_09_action_type_execution_status_idx ON public.resource_action_traces_2025_09 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_09_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_09_alert_labels_idx ON public.resource_action_traces_2025_09 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_09_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_09_alert_name_idx ON public.resource_action_traces_2025_09 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_09_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_09_correlation_id_idx ON public.resource_action_traces_2025_09 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx1 ON public.resource_action_traces_2025_02 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx2 ON public.resource_action_traces_2025_03 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx3 ON public.resource_action_traces_2025_04 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx4 ON public.resource_action_traces_2025_05 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx5 ON public.resource_action_traces_2025_06 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx6 ON public.resource_action_traces_2025_07 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx7 ON public.resource_action_traces_2025_08 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_tim_idx8 ON public.resource_action_traces_2025_09 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_action_history_id_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_action_history_id_action_time_idx ON public.resource_action_traces_2025_01 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx1 ON public.resource_action_traces_2025_02 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx2 ON public.resource_action_traces_2025_03 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx3 ON public.resource_action_traces_2025_04 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx4 ON public.resource_action_traces_2025_05 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx5 ON public.resource_action_traces_2025_06 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx6 ON public.resource_action_traces_2025_07 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx7 ON public.resource_action_traces_2025_08 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_tim_idx8 ON public.resource_action_traces_2025_09 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_alert_fingerprint_action_time_idx ON public.resource_action_traces_2025_01 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx1 ON public.resource_action_traces_2025_02 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx2 ON public.resource_action_traces_2025_03 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx3 ON public.resource_action_traces_2025_04 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx4 ON public.resource_action_traces_2025_05 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx5 ON public.resource_action_traces_2025_06 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx6 ON public.resource_action_traces_2025_07 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx7 ON public.resource_action_traces_2025_08 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timesta_idx8 ON public.resource_action_traces_2025_09 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_action_timestam_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_action_timestam_idx ON public.resource_action_traces_2025_01 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx1 ON public.resource_action_traces_2025_02 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx2 ON public.resource_action_traces_2025_03 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx3 ON public.resource_action_traces_2025_04 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx4 ON public.resource_action_traces_2025_05 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx5 ON public.resource_action_traces_2025_06 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx6 ON public.resource_action_traces_2025_07 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx7 ON public.resource_action_traces_2025_08 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_ac_idx8 ON public.resource_action_traces_2025_09 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_act_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_incident_type_workflow_id_act_idx ON public.resource_action_traces_2025_01 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version__idx ON public.resource_action_traces_2025_01 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx1 ON public.resource_action_traces_2025_02 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx2 ON public.resource_action_traces_2025_03 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx3 ON public.resource_action_traces_2025_04 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx4 ON public.resource_action_traces_2025_05 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx5 ON public.resource_action_traces_2025_06 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx6 ON public.resource_action_traces_2025_07 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx7 ON public.resource_action_traces_2025_08 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_0_workflow_id_workflow_version_idx8 ON public.resource_action_traces_2025_09 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_10_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_10_action_type_execution_status_idx ON public.resource_action_traces_2025_10 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_10_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_10_alert_labels_idx ON public.resource_action_traces_2025_10 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_10_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_10_alert_name_idx ON public.resource_action_traces_2025_10 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_10_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_10_correlation_id_idx ON public.resource_action_traces_2025_10 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_11_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_11_action_type_execution_status_idx ON public.resource_action_traces_2025_11 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_11_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_11_alert_labels_idx ON public.resource_action_traces_2025_11 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_11_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_11_alert_name_idx ON public.resource_action_traces_2025_11 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_11_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_11_correlation_id_idx ON public.resource_action_traces_2025_11 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_12_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_12_action_type_execution_status_idx ON public.resource_action_traces_2025_12 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2025_12_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_12_alert_labels_idx ON public.resource_action_traces_2025_12 USING gin (signal_labels);

--
-- Name: resource_action_traces_2025_12_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_12_alert_name_idx ON public.resource_action_traces_2025_12 USING btree (signal_name);

--
-- Name: resource_action_traces_2025_12_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_12_correlation_id_idx ON public.resource_action_traces_2025_12 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_1_action_history_id_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_action_history_id_action_tim_idx1 ON public.resource_action_traces_2025_11 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_1_action_history_id_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_action_history_id_action_tim_idx2 ON public.resource_action_traces_2025_12 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_1_action_history_id_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_action_history_id_action_time_idx ON public.resource_action_traces_2025_10 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_1_alert_fingerprint_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_alert_fingerprint_action_tim_idx1 ON public.resource_action_traces_2025_11 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_1_alert_fingerprint_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_alert_fingerprint_action_tim_idx2 ON public.resource_action_traces_2025_12 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_1_alert_fingerprint_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_alert_fingerprint_action_time_idx ON public.resource_action_traces_2025_10 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2025_1_incident_type_action_timesta_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_incident_type_action_timesta_idx1 ON public.resource_action_traces_2025_11 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_1_incident_type_action_timesta_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_incident_type_action_timesta_idx2 ON public.resource_action_traces_2025_12 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_1_incident_type_action_timestam_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_incident_type_action_timestam_idx ON public.resource_action_traces_2025_10 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2025_1_incident_type_workflow_id_ac_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_incident_type_workflow_id_ac_idx1 ON public.resource_action_traces_2025_11 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_1_incident_type_workflow_id_ac_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_incident_type_workflow_id_ac_idx2 ON public.resource_action_traces_2025_12 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_1_incident_type_workflow_id_act_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_incident_type_workflow_id_act_idx ON public.resource_action_traces_2025_10 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2025_1_workflow_id_workflow_version__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_workflow_id_workflow_version__idx ON public.resource_action_traces_2025_10 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_1_workflow_id_workflow_version_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_workflow_id_workflow_version_idx1 ON public.resource_action_traces_2025_11 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2025_1_workflow_id_workflow_version_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2025_1_workflow_id_workflow_version_idx2 ON public.resource_action_traces_2025_12 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_01_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_01_action_type_execution_status_idx ON public.resource_action_traces_2026_01 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_01_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_01_alert_labels_idx ON public.resource_action_traces_2026_01 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_01_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_01_alert_name_idx ON public.resource_action_traces_2026_01 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_01_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_01_correlation_id_idx ON public.resource_action_traces_2026_01 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_02_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_02_action_type_execution_status_idx ON public.resource_action_traces_2026_02 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_02_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_02_alert_labels_idx ON public.resource_action_traces_2026_02 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_02_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_02_alert_name_idx ON public.resource_action_traces_2026_02 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_02_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_02_correlation_id_idx ON public.resource_action_traces_2026_02 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_03_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_03_action_type_execution_status_idx ON public.resource_action_traces_2026_03 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_03_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_03_alert_labels_idx ON public.resource_action_traces_2026_03 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_03_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_03_alert_name_idx ON public.resource_action_traces_2026_03 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_03_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_03_correlation_id_idx ON public.resource_action_traces_2026_03 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_04_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_04_action_type_execution_status_idx ON public.resource_action_traces_2026_04 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_04_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_04_alert_labels_idx ON public.resource_action_traces_2026_04 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_04_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_04_alert_name_idx ON public.resource_action_traces_2026_04 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_04_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_04_correlation_id_idx ON public.resource_action_traces_2026_04 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_05_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_05_action_type_execution_status_idx ON public.resource_action_traces_2026_05 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_05_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_05_alert_labels_idx ON public.resource_action_traces_2026_05 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_05_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_05_alert_name_idx ON public.resource_action_traces_2026_05 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_05_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_05_correlation_id_idx ON public.resource_action_traces_2026_05 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_06_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_06_action_type_execution_status_idx ON public.resource_action_traces_2026_06 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_06_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_06_alert_labels_idx ON public.resource_action_traces_2026_06 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_06_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_06_alert_name_idx ON public.resource_action_traces_2026_06 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_06_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_06_correlation_id_idx ON public.resource_action_traces_2026_06 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_07_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_07_action_type_execution_status_idx ON public.resource_action_traces_2026_07 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_07_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_07_alert_labels_idx ON public.resource_action_traces_2026_07 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_07_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_07_alert_name_idx ON public.resource_action_traces_2026_07 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_07_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_07_correlation_id_idx ON public.resource_action_traces_2026_07 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_08_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_08_action_type_execution_status_idx ON public.resource_action_traces_2026_08 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_08_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_08_alert_labels_idx ON public.resource_action_traces_2026_08 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_08_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_08_alert_name_idx ON public.resource_action_traces_2026_08 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_08_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_08_correlation_id_idx ON public.resource_action_traces_2026_08 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_09_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_09_action_type_execution_status_idx ON public.resource_action_traces_2026_09 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_09_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_09_alert_labels_idx ON public.resource_action_traces_2026_09 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_09_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_09_alert_name_idx ON public.resource_action_traces_2026_09 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_09_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_09_correlation_id_idx ON public.resource_action_traces_2026_09 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx1 ON public.resource_action_traces_2026_02 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx2 ON public.resource_action_traces_2026_03 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx3 ON public.resource_action_traces_2026_04 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx4 ON public.resource_action_traces_2026_05 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx5 ON public.resource_action_traces_2026_06 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx6 ON public.resource_action_traces_2026_07 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx7 ON public.resource_action_traces_2026_08 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_tim_idx8 ON public.resource_action_traces_2026_09 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_action_history_id_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_action_history_id_action_time_idx ON public.resource_action_traces_2026_01 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx1 ON public.resource_action_traces_2026_02 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx2 ON public.resource_action_traces_2026_03 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx3 ON public.resource_action_traces_2026_04 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx4 ON public.resource_action_traces_2026_05 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx5 ON public.resource_action_traces_2026_06 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx6 ON public.resource_action_traces_2026_07 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx7 ON public.resource_action_traces_2026_08 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_tim_idx8 ON public.resource_action_traces_2026_09 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_alert_fingerprint_action_time_idx ON public.resource_action_traces_2026_01 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx1 ON public.resource_action_traces_2026_02 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx2 ON public.resource_action_traces_2026_03 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx3 ON public.resource_action_traces_2026_04 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx4 ON public.resource_action_traces_2026_05 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx5 ON public.resource_action_traces_2026_06 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx6 ON public.resource_action_traces_2026_07 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx7 ON public.resource_action_traces_2026_08 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timesta_idx8 ON public.resource_action_traces_2026_09 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_action_timestam_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_action_timestam_idx ON public.resource_action_traces_2026_01 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx1 ON public.resource_action_traces_2026_02 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx2 ON public.resource_action_traces_2026_03 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx3 ON public.resource_action_traces_2026_04 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx4 ON public.resource_action_traces_2026_05 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx5 ON public.resource_action_traces_2026_06 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx6 ON public.resource_action_traces_2026_07 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx7 ON public.resource_action_traces_2026_08 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_ac_idx8 ON public.resource_action_traces_2026_09 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_act_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_incident_type_workflow_id_act_idx ON public.resource_action_traces_2026_01 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version__idx ON public.resource_action_traces_2026_01 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx1 ON public.resource_action_traces_2026_02 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx2 ON public.resource_action_traces_2026_03 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx3 ON public.resource_action_traces_2026_04 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx4 ON public.resource_action_traces_2026_05 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx5 ON public.resource_action_traces_2026_06 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx6 ON public.resource_action_traces_2026_07 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx7 ON public.resource_action_traces_2026_08 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_0_workflow_id_workflow_version_idx8 ON public.resource_action_traces_2026_09 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_10_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_10_action_type_execution_status_idx ON public.resource_action_traces_2026_10 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_10_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_10_alert_labels_idx ON public.resource_action_traces_2026_10 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_10_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_10_alert_name_idx ON public.resource_action_traces_2026_10 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_10_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_10_correlation_id_idx ON public.resource_action_traces_2026_10 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_11_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_11_action_type_execution_status_idx ON public.resource_action_traces_2026_11 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_11_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_11_alert_labels_idx ON public.resource_action_traces_2026_11 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_11_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_11_alert_name_idx ON public.resource_action_traces_2026_11 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_11_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_11_correlation_id_idx ON public.resource_action_traces_2026_11 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_12_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_12_action_type_execution_status_idx ON public.resource_action_traces_2026_12 USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_2026_12_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_12_alert_labels_idx ON public.resource_action_traces_2026_12 USING gin (signal_labels);

--
-- Name: resource_action_traces_2026_12_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_12_alert_name_idx ON public.resource_action_traces_2026_12 USING btree (signal_name);

--
-- Name: resource_action_traces_2026_12_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_12_correlation_id_idx ON public.resource_action_traces_2026_12 USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_1_action_history_id_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_action_history_id_action_tim_idx1 ON public.resource_action_traces_2026_11 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_1_action_history_id_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_action_history_id_action_tim_idx2 ON public.resource_action_traces_2026_12 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_1_action_history_id_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_action_history_id_action_time_idx ON public.resource_action_traces_2026_10 USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_1_alert_fingerprint_action_tim_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_alert_fingerprint_action_tim_idx1 ON public.resource_action_traces_2026_11 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_1_alert_fingerprint_action_tim_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_alert_fingerprint_action_tim_idx2 ON public.resource_action_traces_2026_12 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_1_alert_fingerprint_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_alert_fingerprint_action_time_idx ON public.resource_action_traces_2026_10 USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_2026_1_incident_type_action_timesta_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_incident_type_action_timesta_idx1 ON public.resource_action_traces_2026_11 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_1_incident_type_action_timesta_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_incident_type_action_timesta_idx2 ON public.resource_action_traces_2026_12 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_1_incident_type_action_timestam_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_incident_type_action_timestam_idx ON public.resource_action_traces_2026_10 USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_2026_1_incident_type_workflow_id_ac_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_incident_type_workflow_id_ac_idx1 ON public.resource_action_traces_2026_11 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_1_incident_type_workflow_id_ac_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_incident_type_workflow_id_ac_idx2 ON public.resource_action_traces_2026_12 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_1_incident_type_workflow_id_act_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_incident_type_workflow_id_act_idx ON public.resource_action_traces_2026_10 USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_2026_1_workflow_id_workflow_version__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_workflow_id_workflow_version__idx ON public.resource_action_traces_2026_10 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_1_workflow_id_workflow_version_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_workflow_id_workflow_version_idx1 ON public.resource_action_traces_2026_11 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_2026_1_workflow_id_workflow_version_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_2026_1_workflow_id_workflow_version_idx2 ON public.resource_action_traces_2026_12 USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_defaul_action_history_id_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_defaul_action_history_id_action_time_idx ON public.resource_action_traces_default USING btree (action_history_id, action_timestamp DESC);

--
-- Name: resource_action_traces_defaul_alert_fingerprint_action_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_defaul_alert_fingerprint_action_time_idx ON public.resource_action_traces_default USING btree (signal_fingerprint, action_timestamp DESC);

--
-- Name: resource_action_traces_defaul_incident_type_action_timestam_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_defaul_incident_type_action_timestam_idx ON public.resource_action_traces_default USING btree (incident_type, action_timestamp DESC) WHERE (incident_type IS NOT NULL);

--
-- Name: resource_action_traces_defaul_incident_type_workflow_id_act_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_defaul_incident_type_workflow_id_act_idx ON public.resource_action_traces_default USING btree (incident_type, workflow_id, action_type);

--
-- Name: resource_action_traces_defaul_workflow_id_workflow_version__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_defaul_workflow_id_workflow_version__idx ON public.resource_action_traces_default USING btree (workflow_id, workflow_version, action_timestamp DESC) WHERE (workflow_id IS NOT NULL);

--
-- Name: resource_action_traces_default_action_type_execution_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_default_action_type_execution_status_idx ON public.resource_action_traces_default USING btree (action_type, execution_status);

--
-- Name: resource_action_traces_default_alert_labels_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_default_alert_labels_idx ON public.resource_action_traces_default USING gin (signal_labels);

--
-- Name: resource_action_traces_default_alert_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_default_alert_name_idx ON public.resource_action_traces_default USING btree (signal_name);

--
-- Name: resource_action_traces_default_correlation_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resource_action_traces_default_correlation_id_idx ON public.resource_action_traces_default USING btree (correlation_id) WHERE (correlation_id IS NOT NULL);

--
-- Name: uq_remediation_workflow_catalog_latest; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX uq_remediation_workflow_catalog_latest ON public.remediation_workflow_catalog USING btree (workflow_id) WHERE is_latest_version;

--
-- Name: audit_events_2025_01_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_01_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_01_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_01_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_01_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_01_event_data_idx;

--
-- Name: audit_events_2025_01_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_01_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_01_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_01_parent_event_id_idx;

--
-- Name: audit_events_2025_01_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_01_pkey;

--
-- Name: audit_events_2025_01_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_01_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_02_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_02_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_02_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_02_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_02_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_02_event_data_idx;

--
-- Name: audit_events_2025_02_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_02_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_02_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_02_parent_event_id_idx;

--
-- Name: audit_events_2025_02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_02_pkey;

--
-- Name: audit_events_2025_02_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_02_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_03_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_03_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_03_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_03_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_03_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_03_event_data_idx;

--
-- Name: audit_events_2025_03_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_03_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_03_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_03_parent_event_id_idx;

--
-- Name: audit_events_2025_03_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_03_pkey;

--
-- Name: audit_events_2025_03_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_03_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_04_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_04_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_04_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_04_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_04_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_04_event_data_idx;

--
-- Name: audit_events_2025_04_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_04_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_04_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_04_parent_event_id_idx;

--
-- Name: audit_events_2025_04_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_04_pkey;

--
-- Name: audit_events_2025_04_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_04_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_05_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_05_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_05_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_05_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_05_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_05_event_data_idx;

--
-- Name: audit_events_2025_05_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_05_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_05_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_05_parent_event_id_idx;

--
-- Name: audit_events_2025_05_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_05_pkey;

--
-- Name: audit_events_2025_05_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_05_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_06_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_06_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_06_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_06_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_06_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_06_event_data_idx;

--
-- Name: audit_events_2025_06_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_06_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_06_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_06_parent_event_id_idx;

--
-- Name: audit_events_2025_06_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_06_pkey;

--
-- Name: audit_events_2025_06_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_06_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_07_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_07_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_07_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_07_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_07_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_07_event_data_idx;

--
-- Name: audit_events_2025_07_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_07_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_07_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_07_parent_event_id_idx;

--
-- Name: audit_events_2025_07_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_07_pkey;

--
-- Name: audit_events_2025_07_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_07_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_08_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_08_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_08_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_08_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_08_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_08_event_data_idx;

--
-- Name: audit_events_2025_08_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_08_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_08_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_08_parent_event_id_idx;

--
-- Name: audit_events_2025_08_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_08_pkey;

--
-- Name: audit_events_2025_08_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_08_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_09_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_09_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_09_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_09_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_09_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_09_event_data_idx;

--
-- Name: audit_events_2025_09_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_09_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_09_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_09_parent_event_id_idx;

--
-- Name: audit_events_2025_09_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_09_pkey;

--
-- Name: audit_events_2025_09_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_09_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_10_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_10_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_10_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_10_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_10_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_10_event_data_idx;

--
-- Name: audit_events_2025_10_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_10_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_10_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_10_parent_event_id_idx;

--
-- Name: audit_events_2025_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_10_pkey;

--
-- Name: audit_events_2025_10_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_10_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_11_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_11_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_11_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_11_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_11_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_11_event_data_idx;

--
-- Name: audit_events_2025_11_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_11_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_11_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_11_parent_event_id_idx;

--
-- Name: audit_events_2025_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_11_pkey;

--
-- Name: audit_events_2025_11_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_11_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2025_12_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2025_12_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2025_12_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2025_12_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2025_12_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2025_12_event_data_idx;

--
-- Name: audit_events_2025_12_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2025_12_event_type_event_timestamp_idx;

--
-- Name: audit_events_2025_12_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2025_12_parent_event_id_idx;

--
-- Name: audit_events_2025_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2025_12_pkey;

--
-- Name: audit_events_2025_12_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2025_12_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_01_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_01_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_01_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_01_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_01_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_01_event_data_idx;

--
-- Name: audit_events_2026_01_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_01_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_01_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_01_parent_event_id_idx;

--
-- Name: audit_events_2026_01_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_01_pkey;

--
-- Name: audit_events_2026_01_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_01_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_02_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_02_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_02_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_02_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_02_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_02_event_data_idx;

--
-- Name: audit_events_2026_02_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_02_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_02_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_02_parent_event_id_idx;

--
-- Name: audit_events_2026_02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_02_pkey;

--
-- Name: audit_events_2026_02_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_02_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_03_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_03_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_03_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_03_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_03_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_03_event_data_idx;

--
-- Name: audit_events_2026_03_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_03_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_03_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_03_parent_event_id_idx;

--
-- Name: audit_events_2026_03_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_03_pkey;

--
-- Name: audit_events_2026_03_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_03_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_04_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_04_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_04_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_04_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_04_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_04_event_data_idx;

--
-- Name: audit_events_2026_04_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_04_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_04_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_04_parent_event_id_idx;

--
-- Name: audit_events_2026_04_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_04_pkey;

--
-- Name: audit_events_2026_04_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_04_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_05_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_05_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_05_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_05_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_05_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_05_event_data_idx;

--
-- Name: audit_events_2026_05_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_05_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_05_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_05_parent_event_id_idx;

--
-- Name: audit_events_2026_05_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_05_pkey;

--
-- Name: audit_events_2026_05_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_05_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_06_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_06_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_06_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_06_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_06_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_06_event_data_idx;

--
-- Name: audit_events_2026_06_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_06_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_06_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_06_parent_event_id_idx;

--
-- Name: audit_events_2026_06_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_06_pkey;

--
-- Name: audit_events_2026_06_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_06_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_07_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_07_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_07_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_07_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_07_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_07_event_data_idx;

--
-- Name: audit_events_2026_07_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_07_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_07_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_07_parent_event_id_idx;

--
-- Name: audit_events_2026_07_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_07_pkey;

--
-- Name: audit_events_2026_07_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_07_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_08_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_08_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_08_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_08_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_08_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_08_event_data_idx;

--
-- Name: audit_events_2026_08_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_08_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_08_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_08_parent_event_id_idx;

--
-- Name: audit_events_2026_08_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_08_pkey;

--
-- Name: audit_events_2026_08_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_08_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_09_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_09_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_09_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_09_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_09_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_09_event_data_idx;

--
-- Name: audit_events_2026_09_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_09_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_09_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_09_parent_event_id_idx;

--
-- Name: audit_events_2026_09_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_09_pkey;

--
-- Name: audit_events_2026_09_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_09_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_10_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_10_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_10_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_10_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_10_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_10_event_data_idx;

--
-- Name: audit_events_2026_10_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_10_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_10_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_10_parent_event_id_idx;

--
-- Name: audit_events_2026_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_10_pkey;

--
-- Name: audit_events_2026_10_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_10_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_11_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_11_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_11_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_11_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_11_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_11_event_data_idx;

--
-- Name: audit_events_2026_11_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_11_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_11_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_11_parent_event_id_idx;

--
-- Name: audit_events_2026_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_11_pkey;

--
-- Name: audit_events_2026_11_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_11_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2026_12_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2026_12_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2026_12_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2026_12_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2026_12_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2026_12_event_data_idx;

--
-- Name: audit_events_2026_12_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2026_12_event_type_event_timestamp_idx;

--
-- Name: audit_events_2026_12_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2026_12_parent_event_id_idx;

--
-- Name: audit_events_2026_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2026_12_pkey;

--
-- Name: audit_events_2026_12_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2026_12_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_01_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_01_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_01_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_01_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_01_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_01_event_data_idx;

--
-- Name: audit_events_2027_01_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_01_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_01_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_01_parent_event_id_idx;

--
-- Name: audit_events_2027_01_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_01_pkey;

--
-- Name: audit_events_2027_01_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_01_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_02_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_02_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_02_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_02_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_02_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_02_event_data_idx;

--
-- Name: audit_events_2027_02_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_02_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_02_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_02_parent_event_id_idx;

--
-- Name: audit_events_2027_02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_02_pkey;

--
-- Name: audit_events_2027_02_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_02_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_03_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_03_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_03_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_03_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_03_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_03_event_data_idx;

--
-- Name: audit_events_2027_03_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_03_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_03_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_03_parent_event_id_idx;

--
-- Name: audit_events_2027_03_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_03_pkey;

--
-- Name: audit_events_2027_03_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_03_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_04_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_04_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_04_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_04_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_04_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_04_event_data_idx;

--
-- Name: audit_events_2027_04_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_04_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_04_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_04_parent_event_id_idx;

--
-- Name: audit_events_2027_04_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_04_pkey;

--
-- Name: audit_events_2027_04_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_04_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_05_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_05_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_05_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_05_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_05_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_05_event_data_idx;

--
-- Name: audit_events_2027_05_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_05_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_05_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_05_parent_event_id_idx;

--
-- Name: audit_events_2027_05_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_05_pkey;

--
-- Name: audit_events_2027_05_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_05_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_06_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_06_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_06_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_06_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_06_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_06_event_data_idx;

--
-- Name: audit_events_2027_06_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_06_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_06_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_06_parent_event_id_idx;

--
-- Name: audit_events_2027_06_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_06_pkey;

--
-- Name: audit_events_2027_06_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_06_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_07_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_07_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_07_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_07_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_07_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_07_event_data_idx;

--
-- Name: audit_events_2027_07_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_07_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_07_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_07_parent_event_id_idx;

--
-- Name: audit_events_2027_07_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_07_pkey;

--
-- Name: audit_events_2027_07_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_07_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_08_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_08_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_08_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_08_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_08_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_08_event_data_idx;

--
-- Name: audit_events_2027_08_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_08_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_08_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_08_parent_event_id_idx;

--
-- Name: audit_events_2027_08_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_08_pkey;

--
-- Name: audit_events_2027_08_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_08_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_09_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_09_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_09_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_09_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_09_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_09_event_data_idx;

--
-- Name: audit_events_2027_09_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_09_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_09_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_09_parent_event_id_idx;

--
-- Name: audit_events_2027_09_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_09_pkey;

--
-- Name: audit_events_2027_09_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_09_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_10_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_10_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_10_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_10_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_10_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_10_event_data_idx;

--
-- Name: audit_events_2027_10_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_10_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_10_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_10_parent_event_id_idx;

--
-- Name: audit_events_2027_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_10_pkey;

--
-- Name: audit_events_2027_10_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_10_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_11_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_11_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_11_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_11_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_11_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_11_event_data_idx;

--
-- Name: audit_events_2027_11_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_11_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_11_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_11_parent_event_id_idx;

--
-- Name: audit_events_2027_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_11_pkey;

--
-- Name: audit_events_2027_11_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_11_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_2027_12_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_2027_12_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_2027_12_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_2027_12_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_2027_12_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_2027_12_event_data_idx;

--
-- Name: audit_events_2027_12_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_2027_12_event_type_event_timestamp_idx;

--
-- Name: audit_events_2027_12_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_2027_12_parent_event_id_idx;

--
-- Name: audit_events_2027_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_2027_12_pkey;

--
-- Name: audit_events_2027_12_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_2027_12_resource_type_resource_id_event_timest_idx;

--
-- Name: audit_events_default_actor_type_actor_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_actor ATTACH PARTITION public.audit_events_default_actor_type_actor_id_event_timestamp_idx;

--
-- Name: audit_events_default_correlation_id_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_correlation_id ATTACH PARTITION public.audit_events_default_correlation_id_event_timestamp_idx;

--
-- Name: audit_events_default_event_data_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_data ATTACH PARTITION public.audit_events_default_event_data_idx;

--
-- Name: audit_events_default_event_type_event_timestamp_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_event_type ATTACH PARTITION public.audit_events_default_event_type_event_timestamp_idx;

--
-- Name: audit_events_default_parent_event_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_parent_event_id ATTACH PARTITION public.audit_events_default_parent_event_id_idx;

--
-- Name: audit_events_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.audit_events_pkey ATTACH PARTITION public.audit_events_default_pkey;

--
-- Name: audit_events_default_resource_type_resource_id_event_timest_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_audit_events_resource ATTACH PARTITION public.audit_events_default_resource_type_resource_id_event_timest_idx;

--
-- Name: resource_action_traces_2025_01_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_01_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_01_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_01_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_01_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_01_alert_labels_idx;

--
-- Name: resource_action_traces_2025_01_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_01_alert_name_idx;

--
-- Name: resource_action_traces_2025_01_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_01_correlation_id_idx;

--
-- Name: resource_action_traces_2025_01_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_01_pkey;

--
-- Name: resource_action_traces_2025_02_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_02_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_02_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_02_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_02_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_02_alert_labels_idx;

--
-- Name: resource_action_traces_2025_02_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_02_alert_name_idx;

--
-- Name: resource_action_traces_2025_02_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_02_correlation_id_idx;

--
-- Name: resource_action_traces_2025_02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_02_pkey;

--
-- Name: resource_action_traces_2025_03_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_03_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_03_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_03_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_03_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_03_alert_labels_idx;

--
-- Name: resource_action_traces_2025_03_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_03_alert_name_idx;

--
-- Name: resource_action_traces_2025_03_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_03_correlation_id_idx;

--
-- Name: resource_action_traces_2025_03_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_03_pkey;

--
-- Name: resource_action_traces_2025_04_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_04_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_04_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_04_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_04_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_04_alert_labels_idx;

--
-- Name: resource_action_traces_2025_04_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_04_alert_name_idx;

--
-- Name: resource_action_traces_2025_04_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_04_correlation_id_idx;

--
-- Name: resource_action_traces_2025_04_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_04_pkey;

--
-- Name: resource_action_traces_2025_05_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_05_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_05_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_05_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_05_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_05_alert_labels_idx;

--
-- Name: resource_action_traces_2025_05_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_05_alert_name_idx;

--
-- Name: resource_action_traces_2025_05_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_05_correlation_id_idx;

--
-- Name: resource_action_traces_2025_05_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_05_pkey;

--
-- Name: resource_action_traces_2025_06_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_06_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_06_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_06_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_06_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_06_alert_labels_idx;

--
-- Name: resource_action_traces_2025_06_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_06_alert_name_idx;

--
-- Name: resource_action_traces_2025_06_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_06_correlation_id_idx;

--
-- Name: resource_action_traces_2025_06_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_06_pkey;

--
-- Name: resource_action_traces_2025_07_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_07_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_07_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_07_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_07_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_07_alert_labels_idx;

--
-- Name: resource_action_traces_2025_07_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_07_alert_name_idx;

--
-- Name: resource_action_traces_2025_07_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_07_correlation_id_idx;

--
-- Name: resource_action_traces_2025_07_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_07_pkey;

--
-- Name: resource_action_traces_2025_08_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_08_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_08_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_08_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_08_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_08_alert_labels_idx;

--
-- Name: resource_action_traces_2025_08_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_08_alert_name_idx;

--
-- Name: resource_action_traces_2025_08_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_08_correlation_id_idx;

--
-- Name: resource_action_traces_2025_08_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_08_pkey;

--
-- Name: resource_action_traces_2025_09_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_09_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_09_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_09_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_09_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_09_alert_labels_idx;

--
-- Name: resource_action_traces_2025_09_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_09_alert_name_idx;

--
-- Name: resource_action_traces_2025_09_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_09_correlation_id_idx;

--
-- Name: resource_action_traces_2025_09_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_09_pkey;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx1;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx2;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx3;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx4;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx5;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx6;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx7;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_tim_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_tim_idx8;

--
-- Name: resource_action_traces_2025_0_action_history_id_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_0_action_history_id_action_time_idx;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx1;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx2;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx3;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx4;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx5;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx6;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx7;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_tim_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_tim_idx8;

--
-- Name: resource_action_traces_2025_0_alert_fingerprint_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_0_alert_fingerprint_action_time_idx;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx1;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx2;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx3;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx4;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx5;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx6;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx7;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timesta_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timesta_idx8;

--
-- Name: resource_action_traces_2025_0_incident_type_action_timestam_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_action_timestam_idx;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx1;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx2;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx3;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx4;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx5;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx6;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx7;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_ac_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_ac_idx8;

--
-- Name: resource_action_traces_2025_0_incident_type_workflow_id_act_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_0_incident_type_workflow_id_act_idx;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version__idx;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx1;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx2;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx3;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx4;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx5;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx6;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx7;

--
-- Name: resource_action_traces_2025_0_workflow_id_workflow_version_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_0_workflow_id_workflow_version_idx8;

--
-- Name: resource_action_traces_2025_10_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_10_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_10_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_10_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_10_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_10_alert_labels_idx;

--
-- Name: resource_action_traces_2025_10_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_10_alert_name_idx;

--
-- Name: resource_action_traces_2025_10_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_10_correlation_id_idx;

--
-- Name: resource_action_traces_2025_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_10_pkey;

--
-- Name: resource_action_traces_2025_11_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_11_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_11_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_11_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_11_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_11_alert_labels_idx;

--
-- Name: resource_action_traces_2025_11_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_11_alert_name_idx;

--
-- Name: resource_action_traces_2025_11_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_11_correlation_id_idx;

--
-- Name: resource_action_traces_2025_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_11_pkey;

--
-- Name: resource_action_traces_2025_12_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2025_12_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2025_12_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2025_12_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2025_12_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2025_12_alert_labels_idx;

--
-- Name: resource_action_traces_2025_12_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2025_12_alert_name_idx;

--
-- Name: resource_action_traces_2025_12_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2025_12_correlation_id_idx;

--
-- Name: resource_action_traces_2025_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2025_12_pkey;

--
-- Name: resource_action_traces_2025_1_action_history_id_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_1_action_history_id_action_tim_idx1;

--
-- Name: resource_action_traces_2025_1_action_history_id_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_1_action_history_id_action_tim_idx2;

--
-- Name: resource_action_traces_2025_1_action_history_id_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2025_1_action_history_id_action_time_idx;

--
-- Name: resource_action_traces_2025_1_alert_fingerprint_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_1_alert_fingerprint_action_tim_idx1;

--
-- Name: resource_action_traces_2025_1_alert_fingerprint_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_1_alert_fingerprint_action_tim_idx2;

--
-- Name: resource_action_traces_2025_1_alert_fingerprint_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2025_1_alert_fingerprint_action_time_idx;

--
-- Name: resource_action_traces_2025_1_incident_type_action_timesta_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_1_incident_type_action_timesta_idx1;

--
-- Name: resource_action_traces_2025_1_incident_type_action_timesta_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_1_incident_type_action_timesta_idx2;

--
-- Name: resource_action_traces_2025_1_incident_type_action_timestam_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2025_1_incident_type_action_timestam_idx;

--
-- Name: resource_action_traces_2025_1_incident_type_workflow_id_ac_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_1_incident_type_workflow_id_ac_idx1;

--
-- Name: resource_action_traces_2025_1_incident_type_workflow_id_ac_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_1_incident_type_workflow_id_ac_idx2;

--
-- Name: resource_action_traces_2025_1_incident_type_workflow_id_act_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2025_1_incident_type_workflow_id_act_idx;

--
-- Name: resource_action_traces_2025_1_workflow_id_workflow_version__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_1_workflow_id_workflow_version__idx;

--
-- Name: resource_action_traces_2025_1_workflow_id_workflow_version_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_1_workflow_id_workflow_version_idx1;

--
-- Name: resource_action_traces_2025_1_workflow_id_workflow_version_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2025_1_workflow_id_workflow_version_idx2;

--
-- Name: resource_action_traces_2026_01_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_01_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_01_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_01_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_01_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_01_alert_labels_idx;

--
-- Name: resource_action_traces_2026_01_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_01_alert_name_idx;

--
-- Name: resource_action_traces_2026_01_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_01_correlation_id_idx;

--
-- Name: resource_action_traces_2026_01_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_01_pkey;

--
-- Name: resource_action_traces_2026_02_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_02_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_02_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_02_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_02_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_02_alert_labels_idx;

--
-- Name: resource_action_traces_2026_02_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_02_alert_name_idx;

--
-- Name: resource_action_traces_2026_02_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_02_correlation_id_idx;

--
-- Name: resource_action_traces_2026_02_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_02_pkey;

--
-- Name: resource_action_traces_2026_03_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_03_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_03_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_03_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_03_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_03_alert_labels_idx;

--
-- Name: resource_action_traces_2026_03_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_03_alert_name_idx;

--
-- Name: resource_action_traces_2026_03_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_03_correlation_id_idx;

--
-- Name: resource_action_traces_2026_03_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_03_pkey;

--
-- Name: resource_action_traces_2026_04_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_04_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_04_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_04_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_04_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_04_alert_labels_idx;

--
-- Name: resource_action_traces_2026_04_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_04_alert_name_idx;

--
-- Name: resource_action_traces_2026_04_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_04_correlation_id_idx;

--
-- Name: resource_action_traces_2026_04_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_04_pkey;

--
-- Name: resource_action_traces_2026_05_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_05_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_05_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_05_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_05_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_05_alert_labels_idx;

--
-- Name: resource_action_traces_2026_05_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_05_alert_name_idx;

--
-- Name: resource_action_traces_2026_05_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_05_correlation_id_idx;

--
-- Name: resource_action_traces_2026_05_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_05_pkey;

--
-- Name: resource_action_traces_2026_06_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_06_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_06_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_06_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_06_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_06_alert_labels_idx;

--
-- Name: resource_action_traces_2026_06_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_06_alert_name_idx;

--
-- Name: resource_action_traces_2026_06_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_06_correlation_id_idx;

--
-- Name: resource_action_traces_2026_06_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_06_pkey;

--
-- Name: resource_action_traces_2026_07_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_07_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_07_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_07_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_07_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_07_alert_labels_idx;

--
-- Name: resource_action_traces_2026_07_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_07_alert_name_idx;

--
-- Name: resource_action_traces_2026_07_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_07_correlation_id_idx;

--
-- Name: resource_action_traces_2026_07_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_07_pkey;

--
-- Name: resource_action_traces_2026_08_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_08_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_08_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_08_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_08_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_08_alert_labels_idx;

--
-- Name: resource_action_traces_2026_08_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_08_alert_name_idx;

--
-- Name: resource_action_traces_2026_08_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_08_correlation_id_idx;

--
-- Name: resource_action_traces_2026_08_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_08_pkey;

--
-- Name: resource_action_traces_2026_09_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_09_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_09_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_09_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_09_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_09_alert_labels_idx;

--
-- Name: resource_action_traces_2026_09_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_09_alert_name_idx;

--
-- Name: resource_action_traces_2026_09_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_09_correlation_id_idx;

--
-- Name: resource_action_traces_2026_09_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_09_pkey;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx1;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx2;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx3;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx4;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx5;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx6;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx7;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_tim_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_tim_idx8;

--
-- Name: resource_action_traces_2026_0_action_history_id_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_0_action_history_id_action_time_idx;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx1;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx2;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx3;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx4;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx5;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx6;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx7;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_tim_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_tim_idx8;

--
-- Name: resource_action_traces_2026_0_alert_fingerprint_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_0_alert_fingerprint_action_time_idx;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx1;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx2;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx3;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx4;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx5;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx6;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx7;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timesta_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timesta_idx8;

--
-- Name: resource_action_traces_2026_0_incident_type_action_timestam_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_action_timestam_idx;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx1;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx2;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx3;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx4;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx5;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx6;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx7;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_ac_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_ac_idx8;

--
-- Name: resource_action_traces_2026_0_incident_type_workflow_id_act_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_0_incident_type_workflow_id_act_idx;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version__idx;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx1;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx2;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx3; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx3;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx4; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx4;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx5; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx5;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx6; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx6;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx7; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx7;

--
-- Name: resource_action_traces_2026_0_workflow_id_workflow_version_idx8; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_0_workflow_id_workflow_version_idx8;

--
-- Name: resource_action_traces_2026_10_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_10_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_10_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_10_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_10_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_10_alert_labels_idx;

--
-- Name: resource_action_traces_2026_10_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_10_alert_name_idx;

--
-- Name: resource_action_traces_2026_10_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_10_correlation_id_idx;

--
-- Name: resource_action_traces_2026_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_10_pkey;

--
-- Name: resource_action_traces_2026_11_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_11_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_11_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_11_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_11_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_11_alert_labels_idx;

--
-- Name: resource_action_traces_2026_11_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_11_alert_name_idx;

--
-- Name: resource_action_traces_2026_11_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_11_correlation_id_idx;

--
-- Name: resource_action_traces_2026_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_11_pkey;

--
-- Name: resource_action_traces_2026_12_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_2026_12_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_2026_12_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_2026_12_action_type_execution_status_idx;

--
-- Name: resource_action_traces_2026_12_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_2026_12_alert_labels_idx;

--
-- Name: resource_action_traces_2026_12_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_2026_12_alert_name_idx;

--
-- Name: resource_action_traces_2026_12_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_2026_12_correlation_id_idx;

--
-- Name: resource_action_traces_2026_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_2026_12_pkey;

--
-- Name: resource_action_traces_2026_1_action_history_id_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_1_action_history_id_action_tim_idx1;

--
-- Name: resource_action_traces_2026_1_action_history_id_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_1_action_history_id_action_tim_idx2;

--
-- Name: resource_action_traces_2026_1_action_history_id_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_2026_1_action_history_id_action_time_idx;

--
-- Name: resource_action_traces_2026_1_alert_fingerprint_action_tim_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_1_alert_fingerprint_action_tim_idx1;

--
-- Name: resource_action_traces_2026_1_alert_fingerprint_action_tim_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_1_alert_fingerprint_action_tim_idx2;

--
-- Name: resource_action_traces_2026_1_alert_fingerprint_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_2026_1_alert_fingerprint_action_time_idx;

--
-- Name: resource_action_traces_2026_1_incident_type_action_timesta_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_1_incident_type_action_timesta_idx1;

--
-- Name: resource_action_traces_2026_1_incident_type_action_timesta_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_1_incident_type_action_timesta_idx2;

--
-- Name: resource_action_traces_2026_1_incident_type_action_timestam_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_2026_1_incident_type_action_timestam_idx;

--
-- Name: resource_action_traces_2026_1_incident_type_workflow_id_ac_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_1_incident_type_workflow_id_ac_idx1;

--
-- Name: resource_action_traces_2026_1_incident_type_workflow_id_ac_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_1_incident_type_workflow_id_ac_idx2;

--
-- Name: resource_action_traces_2026_1_incident_type_workflow_id_act_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_2026_1_incident_type_workflow_id_act_idx;

--
-- Name: resource_action_traces_2026_1_workflow_id_workflow_version__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_1_workflow_id_workflow_version__idx;

--
-- Name: resource_action_traces_2026_1_workflow_id_workflow_version_idx1; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_1_workflow_id_workflow_version_idx1;

--
-- Name: resource_action_traces_2026_1_workflow_id_workflow_version_idx2; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_2026_1_workflow_id_workflow_version_idx2;

--
-- Name: resource_action_traces_defaul_action_history_id_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_history_time ATTACH PARTITION public.resource_action_traces_defaul_action_history_id_action_time_idx;

--
-- Name: resource_action_traces_defaul_alert_fingerprint_action_time_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_fingerprint ATTACH PARTITION public.resource_action_traces_defaul_alert_fingerprint_action_time_idx;

--
-- Name: resource_action_traces_defaul_incident_type_action_timestam_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_incident_type ATTACH PARTITION public.resource_action_traces_defaul_incident_type_action_timestam_idx;

--
-- Name: resource_action_traces_defaul_incident_type_workflow_id_act_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_dimensions ATTACH PARTITION public.resource_action_traces_defaul_incident_type_workflow_id_act_idx;

--
-- Name: resource_action_traces_defaul_workflow_id_workflow_version__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_workflow ATTACH PARTITION public.resource_action_traces_defaul_workflow_id_workflow_version__idx;

--
-- Name: resource_action_traces_default_action_id_action_timestamp_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_action_id_key ATTACH PARTITION public.resource_action_traces_default_action_id_action_timestamp_key;

--
-- Name: resource_action_traces_default_action_type_execution_status_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_action_type_status ATTACH PARTITION public.resource_action_traces_default_action_type_execution_status_idx;

--
-- Name: resource_action_traces_default_alert_labels_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_labels ATTACH PARTITION public.resource_action_traces_default_alert_labels_idx;

--
-- Name: resource_action_traces_default_alert_name_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_signal_name ATTACH PARTITION public.resource_action_traces_default_alert_name_idx;

--
-- Name: resource_action_traces_default_correlation_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.idx_resource_action_traces_correlation_id ATTACH PARTITION public.resource_action_traces_default_correlation_id_idx;

--
-- Name: resource_action_traces_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.resource_action_traces_pkey ATTACH PARTITION public.resource_action_traces_default_pkey;

--
-- Name: action_histories trg_action_histories_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_action_histories_updated_at BEFORE UPDATE ON public.action_histories FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: action_patterns trg_action_patterns_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_action_patterns_updated_at BEFORE UPDATE ON public.action_patterns FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: audit_events trg_audit_events_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_audit_events_immutable BEFORE UPDATE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.prevent_audit_event_update();

--
-- Name: effectiveness_assessments trg_effectiveness_assessments_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_effectiveness_assessments_updated_at BEFORE UPDATE ON public.effectiveness_assessments FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: notification_audit trg_notification_audit_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_notification_audit_updated_at BEFORE UPDATE ON public.notification_audit FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: remediation_workflow_catalog trg_remediation_workflow_catalog_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_remediation_workflow_catalog_updated_at BEFORE UPDATE ON public.remediation_workflow_catalog FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: resource_action_traces trg_resource_action_traces_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_resource_action_traces_updated_at BEFORE UPDATE ON public.resource_action_traces FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: resource_references trg_resource_references_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_resource_references_updated_at BEFORE UPDATE ON public.resource_references FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: signal_correlations trg_signal_correlations_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trg_signal_correlations_updated_at BEFORE UPDATE ON public.signal_correlations FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

--
-- Name: action_histories action_histories_resource_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_histories
    ADD CONSTRAINT action_histories_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES public.resource_references(id) ON DELETE CASCADE;

--
-- Name: effectiveness_assessments effectiveness_assessments_trace_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.effectiveness_assessments
    ADD CONSTRAINT effectiveness_assessments_trace_fkey FOREIGN KEY (trace_id, trace_action_timestamp) REFERENCES public.resource_action_traces(id, action_timestamp) ON DELETE CASCADE;

--
-- Name: effectiveness_assessments effectiveness_assessments_workflow_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.effectiveness_assessments
    ADD CONSTRAINT effectiveness_assessments_workflow_fkey FOREIGN KEY (workflow_id, workflow_version) REFERENCES public.remediation_workflow_catalog(workflow_id, version) ON UPDATE CASCADE ON DELETE RESTRICT;

--
-- Name: resource_action_traces resource_action_traces_action_history_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.resource_action_traces
    ADD CONSTRAINT resource_action_traces_action_history_id_fkey FOREIGN KEY (action_history_id) REFERENCES public.action_histories(id) ON DELETE CASCADE;

--
-- Name: signal_correlations signal_correlations_resource_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signal_correlations
    ADD CONSTRAINT signal_correlations_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES public.resource_references(id) ON DELETE SET NULL;

--
-- PostgreSQL database dump complete
--

