// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.wiring.Services;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The sub-commands, in the order {@code bingkai --help} lists them. A run builds only the one its arguments name:
 * picocli reads the annotations of every command it is given, with their mixins, through reflection and annotation
 * proxies on a JVM that has compiled nothing yet, which cost a {@code render} more than decoding its photo.
 * Arguments that name none (help, the editor, a typo, an @file) get all of them, so help and suggestions are
 * unchanged.
 */
enum Subcommand {
    FRAMES("frames", FramesCommand.class, "cli.frames.description", FramesCommand::new),
    RENDER("render", RenderCommand.class, "cli.render.description", RenderCommand::new),
    CHECK("check", CheckCommand.class, "cli.check.description", CheckCommand::new),
    LINT("lint", LintCommand.class, "cli.lint.description", LintCommand::new),
    BATCH("batch", BatchCommand.class, "cli.batch.description", BatchCommand::new),
    AOT_TRAINING("aot-training", AotTrainingCommand.class, null, AotTrainingCommand::new);

    private static final List<Subcommand> ALL = List.of(values());

    private final String commandName;
    private final Class<?> type;
    private final String descriptionKey;
    private final BiFunction<Services, Console, Object> maker;

    Subcommand(String commandName, Class<?> type, String descriptionKey, BiFunction<Services, Console, Object> maker) {
        this.commandName = commandName;
        this.type = type;
        this.descriptionKey = descriptionKey;
        this.maker = maker;
    }

    /** The name on the command line (the same as the class's {@code @Command} name). */
    String commandName() {
        return commandName;
    }

    Class<?> type() {
        return type;
    }

    /** The bundle key of the description shown by {@code --help}; null for hidden commands. */
    String descriptionKey() {
        return descriptionKey;
    }

    /** A new command object with the run's services (constructor injection, no globals). */
    Object create(Services services, Console console) {
        return maker.apply(services, console);
    }

    /**
     * The sub-command the arguments invoke, when the first one that is not {@code --lang xx} names it; otherwise
     * every sub-command. Picocli then parses the arguments as before.
     */
    static List<Subcommand> forArguments(String... args) {
        return named(BingkaiCli.commandOf(args));
    }

    private static List<Subcommand> named(String arg) {
        for (Subcommand sub : ALL) {
            if (sub.commandName.equals(arg)) {
                return List.of(sub);
            }
        }
        return ALL;
    }
}
