-- One row per file a scheduled run delivered: report_run kept one size and one hash for all of a
-- run's outputs (those of the first), so an XLSX or CSV sent beside the PDF could not be proven.
CREATE TABLE report_output (
    run_id    bigint  NOT NULL REFERENCES report_run (run_id) ON DELETE CASCADE,
    position  integer NOT NULL,
    path      text    NOT NULL,
    format    text    NOT NULL,
    bytes     bigint  NOT NULL,
    sha256    text    NOT NULL,
    PRIMARY KEY (run_id, position),
    CONSTRAINT report_output_position_positive CHECK (position >= 1),
    CONSTRAINT report_output_format_known CHECK (format IN ('pdf', 'xlsx', 'csv')),
    CONSTRAINT report_output_bytes_not_negative CHECK (bytes >= 0),
    CONSTRAINT report_output_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE report_output IS 'One row per file a scheduled run delivered, with what proves its content.';
COMMENT ON COLUMN report_output.run_id IS 'The run that delivered the file.';
COMMENT ON COLUMN report_output.position IS 'Order of the file among the run''s outputs (the order of its formats), from 1.';
COMMENT ON COLUMN report_output.path IS 'Where the file was delivered (under the schedule''s folder, with its versioned name).';
COMMENT ON COLUMN report_output.format IS 'pdf, xlsx or csv.';
COMMENT ON COLUMN report_output.bytes IS 'Size of the file in bytes.';
COMMENT ON COLUMN report_output.sha256 IS 'SHA-256 (hex) of the file, to prove what was sent.';

-- Earlier runs recorded the size and hash of their first output only; that much is kept here too.
INSERT INTO report_output (run_id, position, path, format, bytes, sha256)
SELECT run_id, 1, outputs[1], lower(substring(outputs[1] from '\.([A-Za-z]+)$')), output_bytes, output_sha256
FROM report_run
WHERE cardinality(outputs) >= 1 AND output_bytes IS NOT NULL AND output_sha256 IS NOT NULL
  AND lower(substring(outputs[1] from '\.([A-Za-z]+)$')) IN ('pdf', 'xlsx', 'csv');

COMMENT ON COLUMN report_run.output_bytes IS 'Size in bytes of the first output; report_output has every output''s.';
COMMENT ON COLUMN report_run.output_sha256 IS 'SHA-256 (hex) of the first output; report_output has every output''s.';
