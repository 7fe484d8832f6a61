-- hotfixed on one partition only: its own primary key and unique constraint
ALTER TABLE orders_2024 ADD PRIMARY KEY (id, at);
ALTER TABLE orders_2024 ADD CONSTRAINT orders_2024_ref_key UNIQUE (ref, at);
ALTER TABLE items ADD PRIMARY KEY (id, at);
