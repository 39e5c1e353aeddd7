-- Appends one batch of consent records in a single statement, so a batch costs one round trip
-- instead of five (BEGIN, receipts, head lock, rows, COMMIT). The writer computed each chain's
-- links from the head it last saw; the head moves only if it is still exactly there, so a stale
-- view (another instance appended, an earlier batch failed) fails the whole call with SMC01 and
-- the writer falls back to its locked path. A record id stored before fails it with SMC02.
CREATE FUNCTION smula_append_consents(p_heads jsonb, p_rows jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  h record;
  n integer;
BEGIN
  INSERT INTO consent_receipts (record_id, site_id, created_at)
    SELECT r.id, r.site_id, r.created_at
    FROM jsonb_to_recordset(p_rows) AS r(id uuid, site_id uuid, created_at timestamptz)
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n <> jsonb_array_length(p_rows) THEN
    RAISE EXCEPTION 'a record id of this batch was stored before' USING ERRCODE = 'SMC02';
  END IF;
  -- In site order, as the locked path takes them, so two writers never wait on each other in turn.
  FOR h IN
    SELECT * FROM jsonb_to_recordset(p_heads)
      AS x(site_id uuid, day date, prev_seq integer, prev_hash text, seq integer, hash text)
    ORDER BY site_id
  LOOP
    IF h.prev_seq = 0 THEN
      INSERT INTO consent_chain_heads (site_id, day, seq, hash)
        VALUES (h.site_id, h.day, h.seq, h.hash)
        ON CONFLICT (site_id, day) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash
        WHERE consent_chain_heads.seq = 0;
    ELSE
      UPDATE consent_chain_heads SET seq = h.seq, hash = h.hash
        WHERE site_id = h.site_id AND day = h.day AND seq = h.prev_seq AND hash = h.prev_hash;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> 1 THEN
      RAISE EXCEPTION 'the chain head moved' USING ERRCODE = 'SMC01';
    END IF;
  END LOOP;
  INSERT INTO consent_records (id, site_id, created_at, seq, consent_id, action, choices,
      config_version, config_hash, text_hash, locale, gpc, page_path, user_agent, ip_truncated,
      region, model, client_time, expires_at, prev_hash, hash)
    SELECT r.id, r.site_id, r.created_at, r.seq, r.consent_id, r.action, r.choices,
      r.config_version, r.config_hash, r.text_hash, r.locale, r.gpc, r.page_path, r.user_agent,
      r.ip_truncated, r.region, r.model, r.client_time, r.expires_at, r.prev_hash, r.hash
    FROM jsonb_to_recordset(p_rows) AS r(id uuid, site_id uuid, created_at timestamptz,
      seq integer, consent_id text, action text, choices jsonb, config_version integer,
      config_hash text, text_hash text, locale text, gpc boolean, page_path text,
      user_agent text, ip_truncated text, region text, model text, client_time timestamptz,
      expires_at timestamptz, prev_hash text, hash text);
END;
$$;
