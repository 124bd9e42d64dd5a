/**
 * JUnit Jupiter fixtures: {@link dev.postmortem.testing.junit.PostmortemSource} gives a
 * {@code @ParameterizedTest} generated postmortems, each case named by its seed;
 * {@link dev.postmortem.testing.junit.Sample} gives a parameter a named sample. The rest of
 * {@code dev.postmortem.testing} needs no test framework; this package needs JUnit Jupiter on the
 * class path, an optional dependency of this module that a JUnit test has anyway.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @PostmortemSource(count = 200, flavour = Flavour.ADVERSARIAL)
 * void roundTrips(Postmortem postmortem) { … }
 *
 * @Test
 * void readsTheSample(@Sample("elevenLabsQuota") Postmortem incident) { … }
 * }</pre>
 */
package dev.postmortem.testing.junit;
