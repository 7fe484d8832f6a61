-- a: production has the partition's index only (built locally); staging has it as part of the parent's index
CREATE TABLE a (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE a_2024 PARTITION OF a FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- b: production built the parent's index ON ONLY and never attached the partition's (the parent's is invalid)
CREATE TABLE b (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE b_2024 PARTITION OF b FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- c: as a, but production's index has a name of its own: renamed to staging's, then attached
CREATE TABLE c (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE c_2024 PARTITION OF c FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- d: production's index of the partition differs from the parent's in staging: dropped, and the partition's built
CREATE TABLE d (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE d_2024 PARTITION OF d FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- e: the other way round: attached in production, the partition's own in staging (it cannot be detached)
CREATE TABLE e (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE e_2024 PARTITION OF e FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
