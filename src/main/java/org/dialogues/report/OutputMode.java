package org.dialogues.report;

import org.dialogues.DialoguesException.Category;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may read a written report: {@code DIALOGUES_OUTPUT_MODE}, an octal file mode, default 0640
 * (the owner writes, the group reads), so colleagues in the folder's group can open delivered
 * reports. Reports are written to a private temporary file first, so without this they would stay 0600.
 */
public record OutputMode(Set<PosixFilePermission> permissions) {

    public static final String VARIABLE = "DIALOGUES_OUTPUT_MODE";
    public static final OutputMode DEFAULT = parse("0640");

    public OutputMode {
        permissions = Set.copyOf(permissions);
        if (!permissions.contains(PosixFilePermission.OWNER_READ)) {
            throw new ReportException(Category.INVALID_INPUT, VARIABLE + " must let the owner read the report");
        }
    }

    public static OutputMode fromEnvironment(Map<String, String> variables) {
        String value = variables.get(VARIABLE);
        return value == null || value.isBlank() ? DEFAULT : parse(value);
    }

    /** An octal mode such as 0640 or 644; only read and write bits (a report is never executable). */
    public static OutputMode parse(String text) {
        String octal = text.strip();
        if (!octal.matches("0?[0-7]{3}")) {
            throw new ReportException(Category.INVALID_INPUT, VARIABLE + " must be an octal file mode such as 0640, not '" + text + "'");
        }
        int mode = Integer.parseInt(octal, 8);
        if ((mode & 0111) != 0) {
            throw new ReportException(Category.INVALID_INPUT, VARIABLE + " " + octal + " would make reports executable; use read and write bits only (e.g. 0640)");
        }
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(order[bit]);
            }
        }
        return new OutputMode(permissions);
    }

    /** Sets the mode on {@code file}; on a file system without POSIX modes there is nothing to set. */
    public void apply(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            // e.g. a Windows share: permissions come from the folder there
        }
    }

    @Override
    public String toString() {
        return PosixFilePermissions.toString(permissions);
    }
}
