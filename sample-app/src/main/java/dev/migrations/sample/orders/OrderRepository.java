package dev.migrations.sample.orders;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the {@code orders} table. Thread-safe.
 */
@Repository
public class OrderRepository {

	private static final String COLUMNS = "id, customer_id, status, total_cents, tracking_number, created_at";

	private static final RowMapper<Order> ORDER = (rs, row) -> new Order(rs.getLong("id"), rs.getLong("customer_id"),
			rs.getString("status"), rs.getLong("total_cents"), rs.getString("tracking_number"),
			rs.getObject("created_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	/**
	 * Creates the repository.
	 * @param jdbc the client, created after the migrations ran
	 */
	public OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts an order, with status {@code new}.
	 * @param order the order to insert
	 * @return the order as stored
	 * @throws org.springframework.dao.DataIntegrityViolationException if the customer
	 * does not exist
	 */
	public Order create(NewOrder order) {
		return this.jdbc
			.sql("INSERT INTO orders (customer_id, total_cents, tracking_number) "
					+ "VALUES (:customerId, :totalCents, :trackingNumber) RETURNING " + COLUMNS)
			.param("customerId", order.customerId())
			.param("totalCents", order.totalCents())
			.param("trackingNumber", order.trackingNumber())
			.query(ORDER)
			.single();
	}

	/**
	 * Finds an order.
	 * @param id the id
	 * @return the order, or empty
	 */
	public Optional<Order> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
			.param("id", id)
			.query(ORDER)
			.optional();
	}

	/**
	 * Lists one customer's orders, oldest first, through {@code idx_orders_customer_id}.
	 * @param customerId the user's id
	 * @param limit the most to return
	 * @return the orders
	 */
	public List<Order> listByCustomer(long customerId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM orders WHERE customer_id = :customerId ORDER BY id LIMIT :limit")
			.param("customerId", customerId)
			.param("limit", limit)
			.query(ORDER)
			.list();
	}

	/**
	 * Lists orders, oldest first.
	 * @param limit the most to return
	 * @return the orders
	 */
	public List<Order> list(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM orders ORDER BY id LIMIT :limit")
			.param("limit", limit)
			.query(ORDER)
			.list();
	}

}
