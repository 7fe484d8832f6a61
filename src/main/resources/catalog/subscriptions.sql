-- Subscriptions of this database. pg_subscription is readable column by column only (never subconninfo), and
-- PostgreSQL 13 lets everyone read only subdbid, subname, subowner, subenabled, subslotname and subpublications:
-- there the options and the comment are not read, for any role, so that every role reads the same. Each column
-- is named, and the connection string is never selected. The slot name and enabled state are the replication's
-- running state and are not read. Options come out as name=value where they are not the PostgreSQL 13-17
-- default, so a subscription made with defaults reads the same on every major.
select s.subname as name,
       (select d.description from pg_description d where d.objoid = s.oid and d.classoid = 'pg_subscription'::regclass) as comment,  -- pg14+
       null::text as comment,  -- before pg14
       s.subpublications as publications,
       array_remove(array[
           case when s.subbinary then 'binary=true' end,  -- pg14+
           case s.substream when 't' then 'streaming=on' when 'p' then 'streaming=parallel' end,  -- pg16+
           case when s.substream::text = 'true' then 'streaming=on' end,  -- pg14+
           case when s.subsynccommit <> 'off' then 'synchronous_commit=' || s.subsynccommit end,  -- pg14+
           case when s.subdisableonerr then 'disable_on_error=true' end,  -- pg15+
           case when s.subtwophasestate <> 'd' then 'two_phase=true' end,  -- pg15+
           case when s.suborigin <> 'any' then 'origin=' || s.suborigin end,  -- pg16+
           case when not s.subpasswordrequired then 'password_required=false' end,  -- pg16+
           case when s.subrunasowner then 'run_as_owner=true' end,  -- pg16+
           case when s.subfailover then 'failover=true' end,  -- pg17+
           null], null) as options
from pg_subscription s
where s.subdbid = (select d.oid from pg_database d where d.datname = current_database())
