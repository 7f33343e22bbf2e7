package org.nianbao.audit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in plain Chinese what went wrong with a file or folder, naming the path, never the Java exception:
 * "/proc/x：文件夹不存在，也无法创建". The exception itself is only shown with {@code --verbose}.
 */
public final class IoProblems {
    private IoProblems() {
    }

    public static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof IOException && !(t instanceof FileSystemException) && t.getCause() instanceof FileSystemException f) {
            t = f;
        }
        if (t instanceof FileSystemException f) {
            String path = f.getFile() == null ? "" : f.getFile() + "：";
            return path + CliMessages.ioReason(kind(f));
        }
        return CliMessages.ioReason(CliMessages.IoKind.OTHER);
    }

    private static CliMessages.IoKind kind(FileSystemException f) {
        if (f instanceof NoSuchFileException) {
            return CliMessages.IoKind.MISSING;
        }
        if (f instanceof AccessDeniedException) {
            return CliMessages.IoKind.DENIED;
        }
        if (f instanceof FileAlreadyExistsException) {
            return CliMessages.IoKind.EXISTS_AS_FILE;
        }
        if (f instanceof NotDirectoryException) {
            return CliMessages.IoKind.NOT_A_FOLDER;
        }
        if (f instanceof DirectoryNotEmptyException) {
            return CliMessages.IoKind.NOT_EMPTY;
        }
        if (f instanceof FileSystemLoopException) {
            return CliMessages.IoKind.LOOP;
        }
        String reason = f.getReason() == null ? "" : f.getReason().toLowerCase(Locale.ROOT);
        if (reason.contains("read-only")) {
            return CliMessages.IoKind.READ_ONLY;
        }
        if (reason.contains("no space")) {
            return CliMessages.IoKind.FULL;
        }
        if (reason.contains("not a directory")) {
            return CliMessages.IoKind.NOT_A_FOLDER;
        }
        if (reason.contains("permission") || reason.contains("not permitted")) {
            return CliMessages.IoKind.DENIED;
        }
        return CliMessages.IoKind.OTHER;
    }

    /** The technical detail for {@code --verbose}: exception class and message, and its causes. */
    public static String detail(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            s.append(s.isEmpty() ? "" : " ← ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                s.append(": ").append(t.getMessage());
            }
        }
        return s.toString();
    }
}
