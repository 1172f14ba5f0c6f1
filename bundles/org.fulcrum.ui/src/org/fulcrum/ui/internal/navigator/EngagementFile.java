package org.fulcrum.ui.internal.navigator;

import java.nio.file.Path;

/** An engagement file of the workspace folder in the navigator, open or not. */
public record EngagementFile(Path file) {
}
