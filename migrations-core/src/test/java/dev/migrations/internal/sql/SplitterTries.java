package dev.migrations.internal.sql;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets the system property {@code jqwik.tries.splitter} override the tries of the
 * properties it is added to, so that a longer run (a nightly or fault-finding suite)
 * needs no code change: {@code mvn test -Djqwik.tries.splitter=100000}. Without it, the
 * tries in {@code @Property} apply.
 */
class SplitterTries implements AroundPropertyHook {

	static final String PROPERTY = "jqwik.tries.splitter";

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		String tries = System.getProperty(PROPERTY, "").strip();
		if (!tries.isEmpty()) {
			context.attributes().setTries(Integer.parseInt(tries));
		}
		return property.execute();
	}

	@Override
	public PropagationMode propagateTo() {
		// Added on a class, it is meant for every property in it
		return PropagationMode.ALL_DESCENDANTS;
	}

	@Override
	public int aroundPropertyProximity() {
		// Outermost, so that the tries are set before the property starts generating
		return -100;
	}

}
