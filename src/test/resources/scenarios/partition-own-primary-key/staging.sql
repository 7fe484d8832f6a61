ALTER TABLE orders ADD PRIMARY KEY (id, at);
ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE (ref, at);
ALTER TABLE items_2024 ADD PRIMARY KEY (id, at);
