/**
 * Plan: turns the diff's changes into dependency-ordered DDL that takes production (FROM) to staging (TO),
 * with the hazards of each statement.
 *
 * <h2>Orchestration here, kinds in {@code plan.kind}</h2>
 * This package holds only what is the same for every object kind. {@link io.pgdrift.plan.Planner} runs it:
 * {@code Decider} reads the changes and both snapshots and returns one immutable
 * {@link io.pgdrift.plan.kind.Decision} (what is dropped, created, recreated under its name, retyped, and
 * which defaults and domain checks are taken off around a change), following FROM's dependents from every
 * break. {@code MigrationBuilder} then writes the statements in phases (drops, creates, in-place changes,
 * recreated types, default resets) by asking each object's kind class, and {@code StepOrder} sorts them
 * with {@link io.pgdrift.plan.DependencyGraph}. Nothing here writes SQL for a particular kind.
 *
 * <p>Everything about one kind lives in one class of {@code plan.kind} implementing
 * {@link io.pgdrift.plan.kind.KindDdl}: its CREATE, DROP and ALTER statements, {@code rebuild} (whether a
 * change is made in place, by drop-and-create, by replacing a type under its name or by retyping a column),
 * its hazards as static factories beside the statements that carry them, the dependencies the catalog leaves
 * implicit, and which dropped object takes it along. {@link io.pgdrift.plan.kind.Kinds#of} picks the class
 * with an exhaustive {@code switch} over {@link io.pgdrift.model.ObjectKind} without {@code default}: a new
 * kind does not compile until it has its class. Kind classes write through
 * {@link io.pgdrift.plan.kind.PlanContext} and mark each {@link io.pgdrift.plan.kind.Step} with what it
 * creates, drops, alters, needs and releases; the order follows from those marks, never from a kind's
 * position in a list.
 *
 * <h2>Adding a kind</h2>
 * Add the record to {@code model} and the constant to {@code ObjectKind}; write {@code plan/kind/XyzDdl}
 * (a stateless singleton implementing {@code KindDdl<Xyz>}) and its arm in {@code Kinds.of}. Shared pieces
 * are package-private helpers there: {@code Names} (quoting of names and catalog words), {@code Grants},
 * {@code StorageParameters}, {@code Locks} (the ACCESS EXCLUSIVE hazard that new relations do not get),
 * {@code Members} (owner of a column, index, policy, ...). The orchestration changes only when the new kind
 * breaks its dependents in a new way ({@code Decider}).
 *
 * <h2>Online migrations</h2>
 * How a statement runs is a property of its {@code Step}: {@code nonTransactional(hazard)} already marks one
 * that must run outside a transaction block, and says why. An online pattern belongs to the kind class that
 * owns the statement: {@code CREATE INDEX CONCURRENTLY} to {@code IndexDdl.create}, {@code ADD CONSTRAINT
 * ... NOT VALID} plus a {@code VALIDATE CONSTRAINT} step in the {@code LATE} phase to {@code ConstraintDdl}
 * (its in-place validation already works that way), {@code SET NOT NULL} through a validated check to
 * {@code ColumnDdl}. The lock a statement takes and the table it touches (for the table's size in a hazard)
 * are further marks on the {@code Step}, next to {@code needs} and {@code drops}, carried into
 * {@link io.pgdrift.plan.Statement} by {@code Step.toStatement}; the choice between online and
 * transactional reaches the kinds as a method of {@code PlanContext}, so no kind reads global settings.
 */
package io.pgdrift.plan;
