package org.dialogues.cli;

import org.dialogues.DialoguesException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The sample articles shipped in the application (samples/articles), copied out to a folder to import. */
final class SampleArticles {

    private static final String FOLDER = "samples/articles";

    private SampleArticles() {
    }

    static Path copyTo(Path target) {
        URL url = SampleArticles.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new DialoguesException(DialoguesException.Category.UNEXPECTED_STATE, "the sample articles are missing from the application");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath(FOLDER), target);
                }
            } else {
                copy(Path.of(uri), target);
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new DialoguesException(DialoguesException.Category.UNEXPECTED_STATE, "cannot copy the sample articles: " + e.getMessage(), e);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
    }
}
