package org.fulcrum.plugins;

/** A feature the user installed from an update site: its id (without p2's {@code .feature.group}), version and name. */
public record InstalledFeature(String id, String version, String name) {
}
