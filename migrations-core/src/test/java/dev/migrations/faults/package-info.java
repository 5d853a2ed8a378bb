/**
 * Fault suites: many migrators at once in separate JVMs, migrators killed with SIGKILL at
 * random moments and restarted, a corpus of broken migration sets, and the splitter's
 * property tests at full size. Each runs in a reduced size with the normal build and in
 * full size with {@code -Dfaults.full=true} (see
 * {@link dev.migrations.faults.SuiteSize}).
 */
package dev.migrations.faults;
