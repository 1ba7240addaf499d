import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build-time report compilation: compiles every {@code *.jrxml} under the reports folder into a
 * {@code .jasper} beside it in the output folder and copies the shared style templates ({@code .jrtx}).
 * A template that does not compile fails the build, naming the file and the problem. The program
 * loads only the {@code .jasper} files made here (JasperReports 7.0.3 deserializes them unchecked).
 *
 * <p>Arguments: reports folder, output folder.
 */
public final class CompileReports {

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]).toAbsolutePath();
        Path target = Path.of(args[1]).toAbsolutePath();
        List<String> failures = new ArrayList<>();
        int compiled = 0;
        for (Path file : files(source)) {
            Path out = target.resolve(source.relativize(file).toString());
            Files.createDirectories(out.getParent());
            String name = file.getFileName().toString();
            if (name.endsWith(".jrtx")) {
                Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
            } else if (name.endsWith(".jrxml")) {
                Path jasper = out.resolveSibling(name.replaceFirst("\\.jrxml$", ".jasper"));
                try {
                    JasperCompileManager.compileReportToFile(file.toString(), jasper.toString());
                    compiled++;
                } catch (JRException | RuntimeException e) {  // the JRXML parser reports some errors unchecked
                    failures.add(source.relativize(file) + ": " + e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.exit(1);
        }
        System.out.println("Compiled " + compiled + " report templates into " + target);
    }

    private static List<Path> files(Path source) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
