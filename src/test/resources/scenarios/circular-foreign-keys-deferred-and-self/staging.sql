CREATE TABLE department (id integer PRIMARY KEY, manager_id integer);
CREATE TABLE employee (id integer PRIMARY KEY, department_id integer REFERENCES department (id));
ALTER TABLE department ADD CONSTRAINT department_manager_fk FOREIGN KEY (manager_id) REFERENCES employee (id)
    DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE node (id integer PRIMARY KEY, parent_id integer REFERENCES node (id) ON DELETE CASCADE);
