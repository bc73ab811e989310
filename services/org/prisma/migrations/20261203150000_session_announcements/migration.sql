-- Every org process keeps the sessions it has seen (identity/session-cache.ts, ADR 0031). What ends or changes a
-- session is announced by the rows themselves, on the channel the processes listen to, when the writing
-- transaction commits: by the org service's own code, a seed or a hand-written statement alike.
-- `session:<id>` forgets one session, `person:<id>` every session of the person. A session's last-seen time
-- is written every few minutes and changes nothing a cached session answers: it is not announced.
CREATE FUNCTION "announce_session_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Session' THEN
    PERFORM pg_notify('duda_org_callers', 'session:' || OLD."id");
  ELSIF TG_TABLE_NAME = 'Account' THEN
    PERFORM pg_notify('duda_org_callers', 'person:' || OLD."personId");
  ELSE
    PERFORM pg_notify('duda_org_callers', 'person:' || OLD."id");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Session_announce_change"
  AFTER UPDATE ON "Session"
  FOR EACH ROW
  WHEN (OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt"
     OR OLD."expiresAt" IS DISTINCT FROM NEW."expiresAt"
     OR OLD."accountId" IS DISTINCT FROM NEW."accountId")
  EXECUTE FUNCTION "announce_session_change"();

CREATE TRIGGER "Session_announce_delete"
  AFTER DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "announce_session_change"();

CREATE TRIGGER "Account_announce_change"
  AFTER UPDATE ON "Account"
  FOR EACH ROW
  WHEN (OLD."disabled" IS DISTINCT FROM NEW."disabled"
     OR OLD."mustChangePassword" IS DISTINCT FROM NEW."mustChangePassword"
     OR OLD."personId" IS DISTINCT FROM NEW."personId")
  EXECUTE FUNCTION "announce_session_change"();

CREATE TRIGGER "Account_announce_delete"
  AFTER DELETE ON "Account"
  FOR EACH ROW EXECUTE FUNCTION "announce_session_change"();

CREATE TRIGGER "Person_announce_change"
  AFTER UPDATE ON "Person"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION "announce_session_change"();

CREATE TRIGGER "Person_announce_delete"
  AFTER DELETE ON "Person"
  FOR EACH ROW EXECUTE FUNCTION "announce_session_change"();
