/**
 * The {@code ticket} stage: files, keeps current and resolves one Linear ticket per database pair.
 *
 * <ul>
 *   <li>{@link io.pgdrift.ticket.LinearClient} — GraphQL over {@code java.net.http}, retries with backoff and
 *       jitter, rate-limit resets, one-line {@link io.pgdrift.ticket.LinearException}s; the key is never shown.
 *   <li>{@link io.pgdrift.ticket.TicketSync} — the protocol of DESIGN.md: find the pair's open ticket by its
 *       {@link io.pgdrift.ticket.PairIdentity} (an attachment with URL {@code https://pgdrift.invalid/pairs/<pair>}
 *       whose metadata holds pair and fingerprint, and the visible footer line), then create, leave, update or
 *       resolve it.
 *   <li>{@link io.pgdrift.ticket.Outbox} — briefs Linear could not take, and the ids of creates in flight.
 * </ul>
 *
 * Wiring: {@code new TicketSync(settings, outboxDir)} once per run, then {@code sync(pair, draftOrNull, dryRun)}
 * per pair (thread-safe across pairs).
 */
package io.pgdrift.ticket;
