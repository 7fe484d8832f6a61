-- the owner gave up TRUNCATE here; staging's owner holds it
REVOKE TRUNCATE ON app.orders FROM CURRENT_USER;
