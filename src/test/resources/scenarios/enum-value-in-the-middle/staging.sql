ALTER TYPE order_state ADD VALUE 'packed' BEFORE 'shipped';
ALTER TYPE order_state ADD VALUE 'cancelled';
ALTER TYPE order_state ADD VALUE 'draft' BEFORE 'new';
