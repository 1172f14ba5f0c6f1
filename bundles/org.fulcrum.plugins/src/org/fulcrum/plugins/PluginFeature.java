package org.fulcrum.plugins;

/**
 * A plugin feature, installed or offered by an update site: its id (without p2's
 * {@code .feature.group}), version and name.
 */
public record PluginFeature(String id, String version, String name) {
}
