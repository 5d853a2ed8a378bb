package dev.migrations.benchmarks;

/**
 * One measured run of one tool.
 *
 * @param wallMillis from process start to exit, JVM start-up included
 * @param mainMillis how long {@code main} took, or -1 (psql)
 * @param heapPeakMb the most heap in use, garbage included: the largest heap before a GC
 * or at exit, or -1 (psql)
 * @param rssPeakMb the peak resident set size ({@code VmHWM}), or -1 (psql)
 */
record Sample(long wallMillis, long mainMillis, long heapPeakMb, long rssPeakMb) {

}
