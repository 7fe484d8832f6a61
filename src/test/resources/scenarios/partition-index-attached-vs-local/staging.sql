CREATE INDEX a_at_idx ON a (at);
CREATE INDEX b_at_idx ON b (at);
