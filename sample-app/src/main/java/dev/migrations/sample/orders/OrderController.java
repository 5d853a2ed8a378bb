package dev.migrations.sample.orders;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /orders}: place, find and list orders.
 */
@RestController
@RequestMapping("/orders")
public class OrderController {

	private final OrderRepository orders;

	/**
	 * Creates the controller.
	 * @param orders the repository
	 */
	public OrderController(OrderRepository orders) {
		this.orders = orders;
	}

	/**
	 * {@code POST /orders}: places an order.
	 * @param order the order
	 * @return 201 with the stored order; 400 if a field is invalid, 409 if the customer
	 * does not exist
	 */
	@PostMapping
	public ResponseEntity<Order> create(@RequestBody NewOrder order) {
		Order created = this.orders.create(order);
		return ResponseEntity.created(URI.create("/orders/" + created.id())).body(created);
	}

	/**
	 * {@code GET /orders/{id}}: one order.
	 * @param id the id
	 * @return 200 with the order, or 404
	 */
	@GetMapping("/{id}")
	public ResponseEntity<Order> find(@PathVariable long id) {
		return ResponseEntity.of(this.orders.find(id));
	}

	/**
	 * {@code GET /orders?customerId=}: orders, oldest first, of one customer when
	 * {@code customerId} is given.
	 * @param customerId the customer's id, or {@code null} for every order
	 * @param limit the most to return, 1 to 1000
	 * @return the orders
	 */
	@GetMapping
	public List<Order> list(@RequestParam(required = false) Long customerId,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
		}
		return (customerId != null) ? this.orders.listByCustomer(customerId, limit) : this.orders.list(limit);
	}

}
