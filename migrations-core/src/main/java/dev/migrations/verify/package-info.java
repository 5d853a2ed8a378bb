/**
 * Pre-deploy verification against a clone of production:
 * {@link dev.migrations.verify.Verifier} runs each pending migration's up, down and up
 * again, timing them, counting rows, watching table locks and comparing the schema before
 * the up with the schema after the down, and reports it in a
 * {@link dev.migrations.verify.VerifyReport}. {@link dev.migrations.verify.VerifyOptions}
 * says which databases it may change; it refuses any other with a
 * {@link dev.migrations.verify.VerifyException} of kind {@code REFUSED}.
 * <p>
 * Null-marked: a value that may be absent is {@code @Nullable}; every other one is never
 * {@code null}.
 */
@NullMarked
package dev.migrations.verify;

import org.jspecify.annotations.NullMarked;
