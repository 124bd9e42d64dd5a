/**
 * Test fixtures for Postmortem Kit and its users: seeded generators of valid postmortems,
 * realistic and adversarial, and named samples. Depends on no test framework.
 */
module dev.postmortem.testing {
  requires transitive dev.postmortem.api;

  exports dev.postmortem.testing;
}
