/**
 * Test fixtures: {@link dev.postmortem.testing.PostmortemGenerator} makes seeded, valid,
 * realistic or adversarial postmortems; {@link dev.postmortem.testing.Samples} holds named ones;
 * {@link dev.postmortem.testing.PostmortemAssertions} fails with the structural diff of two.
 */
package dev.postmortem.testing;
