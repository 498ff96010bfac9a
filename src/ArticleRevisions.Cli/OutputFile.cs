namespace ArticleRevisions.Cli;

/// <summary>
/// Writes output files so that a failure never leaves a half-written file behind, and writes into what is not a
/// regular file (a pipe, a FIFO, a device such as <c>/dev/stdout</c>) rather than replacing it with one.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>; see <see cref="WriteAtomically(string, Action{TextWriter}, IEnumerable{string})"/>.</summary>
    public static void WriteAtomically(string path, string text, IEnumerable<string> inputs) =>
        WriteAtomically(path, writer => writer.Write(text), inputs);

    /// <summary>
    /// Writes what <paramref name="write"/> writes to <paramref name="path"/> as it is written, through a buffered UTF-8
    /// writer, so the output is never held whole in memory; a regular file is replaced only once all of it is written.
    /// </summary>
    public static void WriteAtomically(string path, Action<TextWriter> write, IEnumerable<string> inputs)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory; give a file name for --output.");
        }

        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            WriteInto(path, write);
            return;
        }

        // Write through a symbolic link to its target, so the link stays a link.
        if (new FileInfo(full).LinkTarget is not null)
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName;
            // /dev/stdout on a pipe ends at "pipe:[N]" (or "socket:[N]"): no path at all, only the open stream.
            if (target is null || !File.Exists(target) || IsDevice(target))
            {
                WriteInto(path, write);
                return;
            }

            full = target;
        }

        if (IsDevice(full))
        {
            WriteInto(path, write);
            return;
        }

        if (File.Exists(full) && TryWriteIntoUnseekable(path, full, write))
        {
            return;
        }

        if (inputs.Any(input => input != "-" && string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal)))
        {
            throw new CliException($"{path}: is one of the inputs; --output would overwrite it.");
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliException($"{path}: the folder {directory} does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                WriteTo(stream, write);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is ours, not the user's: name the path they gave.
            throw new CliException($"{path}: cannot be written ({(e is UnauthorizedAccessException ? "permission denied" : e.Message.Replace(temporary, path, StringComparison.Ordinal))}).", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Devices and process files (<c>/dev/null</c>, <c>/dev/stdout</c>, <c>/proc/self/fd/1</c>) are written into, never replaced.</summary>
    private static bool IsDevice(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>
    /// Writes into an existing file that cannot seek, as a FIFO cannot and a regular file can, and says whether it
    /// did. Opening a FIFO waits for a reader, as a shell's redirection into it does, and the text goes through that
    /// same opening, so the reader sees one stream. A file that may not be opened for writing is left to the atomic
    /// path, which replaces it if its folder allows.
    /// </summary>
    private static bool TryWriteIntoUnseekable(string path, string full, Action<TextWriter> write)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        using (stream)
        {
            if (stream.CanSeek)
            {
                return false;
            }

            try
            {
                WriteTo(stream, write);
            }
            catch (IOException e)
            {
                throw new CliException($"{path}: cannot be written ({e.Message}).", e);
            }

            return true;
        }
    }

    /// <summary>Writes into an existing pipe, FIFO or device as it is, without truncating or replacing it.</summary>
    private static void WriteInto(string path, Action<TextWriter> write)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            WriteTo(stream, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be written ({(e is UnauthorizedAccessException ? "permission denied" : e.Message)}).", e);
        }
    }

    /// <summary>Runs <paramref name="write"/> on a buffered UTF-8 writer over <paramref name="stream"/> and flushes it.</summary>
    /// <remarks>The writer standard output has (<see cref="Utf8Output"/>): the same bytes, without a character buffer to copy through.</remarks>
    private static void WriteTo(Stream stream, Action<TextWriter> write)
    {
        var writer = new Utf8Output(stream);
        write(writer);
        writer.Flush();
    }
}
