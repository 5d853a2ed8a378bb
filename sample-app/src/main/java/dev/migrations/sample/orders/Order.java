package dev.migrations.sample.orders;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An order as stored.
 *
 * @param id the generated id
 * @param customerId the id of the user who placed it
 * @param status {@code new}, {@code delivered} or {@code archived}
 * @param totalCents the total, in cents
 * @param trackingNumber the tracking number, {@code UNKNOWN} until one is known
 * @param createdAt when the order was placed
 */
public record Order(long id, long customerId, String status, long totalCents, String trackingNumber,
		OffsetDateTime createdAt) {

	public Order {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(createdAt, "createdAt");
	}

}
