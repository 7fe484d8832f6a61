ALTER TABLE account ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE account ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
