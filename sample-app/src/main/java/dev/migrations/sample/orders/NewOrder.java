package dev.migrations.sample.orders;

/**
 * An order to place: the body of {@code POST /orders}.
 *
 * @param customerId the id of an existing user
 * @param totalCents the total in cents, zero or more
 * @param trackingNumber the tracking number, up to 100 characters; {@code UNKNOWN} when
 * absent, the value the backfill migration gave older orders
 */
public record NewOrder(Long customerId, Long totalCents, String trackingNumber) {

	/** The tracking number of an order that has none yet. */
	public static final String UNKNOWN_TRACKING_NUMBER = "UNKNOWN";

	public NewOrder {
		if (customerId == null) {
			throw new IllegalArgumentException("customerId is required");
		}
		if (totalCents == null || totalCents < 0) {
			throw new IllegalArgumentException("totalCents is required and must be zero or more");
		}
		trackingNumber = (trackingNumber == null || trackingNumber.isBlank()) ? UNKNOWN_TRACKING_NUMBER
				: trackingNumber.strip();
		if (trackingNumber.length() > 100) {
			throw new IllegalArgumentException("trackingNumber must have at most 100 characters");
		}
	}

}
