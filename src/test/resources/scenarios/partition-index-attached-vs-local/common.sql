-- a: production has the partition's index only (built locally); staging has it as part of the parent's index
CREATE TABLE a (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE a_2024 PARTITION OF a FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- b: production built the parent's index ON ONLY and never attached the partition's (the parent's is invalid)
CREATE TABLE b (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE b_2024 PARTITION OF b FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
