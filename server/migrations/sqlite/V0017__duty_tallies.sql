-- Per committee, year, member, kind and source type: how many confirmed duty records there are and their
-- shares summed. Triggers keep it in step with duty_records in the same transaction, whatever writes them, so
-- scoring reads a few rows per member instead of every record (a province's recompute reads thousands of rows,
-- not millions). Rebuilt here from the records already stored.
CREATE TABLE duty_tallies (
    committee_id INTEGER NOT NULL,
    year INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source_type TEXT NOT NULL,
    n INTEGER NOT NULL,
    shares REAL NOT NULL,
    PRIMARY KEY (committee_id, year, member_id, kind, source_type)
);

INSERT INTO duty_tallies (committee_id, year, member_id, kind, source_type, n, shares)
SELECT committee_id, year, member_id, kind, source_type, COUNT(*), SUM(share)
FROM duty_records WHERE status = 'confirmed'
GROUP BY committee_id, year, member_id, kind, source_type;

CREATE TRIGGER duty_tallies_on_insert AFTER INSERT ON duty_records WHEN NEW.status = 'confirmed'
BEGIN
    INSERT INTO duty_tallies (committee_id, year, member_id, kind, source_type, n, shares)
    VALUES (NEW.committee_id, NEW.year, NEW.member_id, NEW.kind, NEW.source_type, 1, NEW.share)
    ON CONFLICT (committee_id, year, member_id, kind, source_type)
    DO UPDATE SET n = n + 1, shares = shares + excluded.shares;
END;

CREATE TRIGGER duty_tallies_on_delete AFTER DELETE ON duty_records WHEN OLD.status = 'confirmed'
BEGIN
    UPDATE duty_tallies SET n = n - 1, shares = shares - OLD.share
    WHERE committee_id = OLD.committee_id AND year = OLD.year AND member_id = OLD.member_id AND kind = OLD.kind
      AND source_type = OLD.source_type;
    DELETE FROM duty_tallies
    WHERE committee_id = OLD.committee_id AND year = OLD.year AND member_id = OLD.member_id AND kind = OLD.kind
      AND source_type = OLD.source_type AND n <= 0;
END;

CREATE TRIGGER duty_tallies_on_update AFTER UPDATE OF committee_id, year, member_id, kind, source_type, share, status
ON duty_records
BEGIN
    UPDATE duty_tallies SET n = n - 1, shares = shares - OLD.share
    WHERE OLD.status = 'confirmed' AND committee_id = OLD.committee_id AND year = OLD.year
      AND member_id = OLD.member_id AND kind = OLD.kind AND source_type = OLD.source_type;
    DELETE FROM duty_tallies
    WHERE committee_id = OLD.committee_id AND year = OLD.year AND member_id = OLD.member_id AND kind = OLD.kind
      AND source_type = OLD.source_type AND n <= 0;
    INSERT INTO duty_tallies (committee_id, year, member_id, kind, source_type, n, shares)
    SELECT NEW.committee_id, NEW.year, NEW.member_id, NEW.kind, NEW.source_type, 1, NEW.share
    WHERE NEW.status = 'confirmed'
    ON CONFLICT (committee_id, year, member_id, kind, source_type)
    DO UPDATE SET n = n + 1, shares = shares + excluded.shares;
END;
