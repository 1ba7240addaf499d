-- Indexes for what storing an article looks up once per fact: a meeting's series (matching a later
-- report to an earlier row, and finding the commitments a held meeting fulfils), and the foreign
-- keys that deleting an unsupported meeting checks (without them, every pruned meeting scanned the
-- commitment table).

CREATE INDEX meeting_series_date_idx ON meeting (series_id, start_date) WHERE series_id IS NOT NULL;
CREATE INDEX commitment_fulfilled_by_idx ON commitment (fulfilled_by_meeting_id) WHERE fulfilled_by_meeting_id IS NOT NULL;
CREATE INDEX office_person_idx ON office (person_id);
