package dev.supervise.model;

/** A model parameter: name, type, default text and what it means. */
public record ParamSpec(String name, ParamType type, String defaultText, String description, int line) {
}
