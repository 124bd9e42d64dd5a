/**
 * Test fixtures for Postmortem Kit and its users: seeded generators of valid postmortems,
 * realistic and adversarial, and named samples, which depend on no test framework; and, in
 * {@code dev.postmortem.testing.junit}, JUnit Jupiter fixtures, for which JUnit is an optional
 * dependency.
 */
module dev.postmortem.testing {
  requires transitive dev.postmortem.api;
  requires static org.junit.jupiter.api;
  requires static org.junit.jupiter.params;

  exports dev.postmortem.testing;
  exports dev.postmortem.testing.junit;
  // JUnit makes the extensions that the annotations name through reflection.
  opens dev.postmortem.testing.junit.internal to org.junit.platform.commons;
}
