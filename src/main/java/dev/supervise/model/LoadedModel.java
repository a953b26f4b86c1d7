package dev.supervise.model;

import dev.supervise.plugin.SupervisionModel;
import java.util.Optional;

/** A model definition and, when it came from a jar, the plugin that computes its outputs. */
public record LoadedModel(ModelDefinition definition, Optional<SupervisionModel> plugin, String source) {
    public String id() {
        return definition.id();
    }
}
