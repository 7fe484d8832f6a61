package io.pgdrift.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that reads {@code pgdrift.yaml} has: {@code --config}, {@code --verbose}, {@code --log-format}. */
abstract class ConfiguredCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    LogOptions log;
}
