-- Per committee, year, member, kind and source type: how many confirmed duty records there are and their
-- shares summed. A trigger keeps it in step with duty_records in the same transaction, whatever writes them,
-- so scoring reads a few rows per member instead of every record (a province's recompute reads thousands of
-- rows, not millions). Rebuilt here from the records already stored.
CREATE TABLE duty_tallies (
    committee_id BIGINT NOT NULL,
    year INTEGER NOT NULL,
    member_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    source_type TEXT NOT NULL,
    n INTEGER NOT NULL,
    shares DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (committee_id, year, member_id, kind, source_type)
);

INSERT INTO duty_tallies (committee_id, year, member_id, kind, source_type, n, shares)
SELECT committee_id, year, member_id, kind, source_type, COUNT(*), SUM(share)
FROM duty_records WHERE status = 'confirmed'
GROUP BY committee_id, year, member_id, kind, source_type;

CREATE FUNCTION duty_tallies_follow() RETURNS trigger AS $$
BEGIN
    -- nested: OLD is null on INSERT and NEW on DELETE, and plpgsql does not promise to stop at a false AND
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.status = 'confirmed' THEN
            UPDATE duty_tallies SET n = n - 1, shares = shares - OLD.share
            WHERE committee_id = OLD.committee_id AND year = OLD.year AND member_id = OLD.member_id
              AND kind = OLD.kind AND source_type = OLD.source_type;
            DELETE FROM duty_tallies
            WHERE committee_id = OLD.committee_id AND year = OLD.year AND member_id = OLD.member_id
              AND kind = OLD.kind AND source_type = OLD.source_type AND n <= 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.status = 'confirmed' THEN
            INSERT INTO duty_tallies (committee_id, year, member_id, kind, source_type, n, shares)
            VALUES (NEW.committee_id, NEW.year, NEW.member_id, NEW.kind, NEW.source_type, 1, NEW.share)
            ON CONFLICT (committee_id, year, member_id, kind, source_type)
            DO UPDATE SET n = duty_tallies.n + 1, shares = duty_tallies.shares + EXCLUDED.shares;
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER duty_tallies_follow AFTER INSERT OR UPDATE OR DELETE ON duty_records
FOR EACH ROW EXECUTE FUNCTION duty_tallies_follow();
