package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import picocli.CommandLine;

/** Hands the composition root's services to every command that takes them in its constructor. */
final class CommandFactory implements CommandLine.IFactory {
    private final Services services;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Services services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Services.class).newInstance(services);
        } catch (NoSuchMethodException noServices) {
            return fallback.create(type);
        }
    }
}
