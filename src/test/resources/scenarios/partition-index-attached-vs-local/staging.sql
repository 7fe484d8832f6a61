CREATE INDEX a_at_idx ON a (at);
CREATE INDEX b_at_idx ON b (at);
CREATE INDEX c_at_idx ON c (at);
CREATE INDEX d_at_idx ON d (at);
CREATE INDEX e_2024_at_idx ON e_2024 (at);
