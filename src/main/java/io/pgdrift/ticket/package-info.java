/**
 * The {@code ticket} stage: files, keeps current, moves and resolves one Linear ticket per database pair.
 *
 * <ul>
 *   <li>{@link io.pgdrift.ticket.LinearClient} — GraphQL over {@code java.net.http}, retries with backoff and
 *       jitter, rate-limit resets, errors read the way Linear's SDK reads them (package-private
 *       {@code LinearError}), one-line {@link io.pgdrift.ticket.LinearException}s; the key is never shown.
 *   <li>{@link io.pgdrift.ticket.TicketSync} — the protocol (README, "Linear"): find the pair's tickets by its
 *       {@link io.pgdrift.ticket.PairIdentity} (an attachment with URL {@code https://pgdrift.invalid/pairs/<pair>}
 *       whose metadata holds pair and fingerprint, and the visible footer line), then create, leave, update, move or
 *       resolve the live one; a canceled ticket accepts its drift; creates carry derived ids so two runs file one
 *       ticket. {@link io.pgdrift.ticket.DraftDecorator} is the hook for work done only when a ticket is written.
 *   <li>{@link io.pgdrift.ticket.Routing} — where a pair's ticket goes ({@code linear} and {@code pairs[].linear}).
 *   <li>{@link io.pgdrift.ticket.Outbox} — briefs Linear could not take (delivered and removed later), and the ids
 *       of creates in flight.
 * </ul>
 *
 * Wiring: {@code new TicketSync(settings, outboxDir[, decorator])} once per run, then
 * {@code sync(pair, draftOrNull, dryRun)} per pair (thread-safe across pairs); {@code check()} and {@code probe()}
 * for {@code pgdrift check [--probe]}.
 */
package io.pgdrift.ticket;
