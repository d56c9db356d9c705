import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.util.stream.Collectors;

/**
 * Prints, comma-separated, the Java runtime's modules that jpackage links into an app image by
 * default (those exporting an API, with what they need and the services they use): app-image.sh
 * adds JavaFX's modules to these, and jpackage takes only the modules named once any are named.
 * Run by the source launcher: {@code java jpackage/DefaultModules.java}.
 */
public final class DefaultModules {
    public static void main(String[] args) {
        var roots = ModuleFinder.ofSystem().findAll().stream().map(ModuleReference::descriptor)
                .filter(d -> d.exports().stream().anyMatch(e -> !e.isQualified()))
                .map(ModuleDescriptor::name).collect(Collectors.toSet());
        System.out.println(Configuration.empty().resolveAndBind(ModuleFinder.ofSystem(), ModuleFinder.of(), roots)
                .modules().stream().map(ResolvedModule::name).sorted().collect(Collectors.joining(",")));
    }
}
