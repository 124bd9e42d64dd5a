/**
 * Test fixtures: {@link dev.postmortem.testing.PostmortemGenerator} makes seeded, valid,
 * realistic or adversarial postmortems; {@link dev.postmortem.testing.Samples} holds named ones.
 */
package dev.postmortem.testing;
