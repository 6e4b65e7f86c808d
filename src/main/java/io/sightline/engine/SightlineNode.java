package io.sightline.engine;

import java.util.Collection;
import java.util.Collections;

import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;

/**
 * An OpenSearch node whose plugins come from the classpath instead of a {@code plugins/}
 * folder: Node's only constructor that accepts plugin classes is protected, so embedding it
 * means subclassing it (OpenSearch's own test framework does the same with MockNode).
 */
final class SightlineNode extends Node {

    SightlineNode(Settings settings, Collection<Class<? extends Plugin>> classpathPlugins) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null,
                () -> settings.get("node.name")), classpathPlugins, true);
    }
}
