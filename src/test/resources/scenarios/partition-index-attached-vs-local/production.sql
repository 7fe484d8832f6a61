CREATE INDEX a_2024_at_idx ON a_2024 (at);
CREATE INDEX b_at_idx ON ONLY b (at);
CREATE INDEX b_2024_at_idx ON b_2024 (at);
CREATE INDEX c_2024_hotfix ON c_2024 (at);
CREATE INDEX d_2024_at_idx ON d_2024 (at DESC);
CREATE INDEX e_at_idx ON e (at);
