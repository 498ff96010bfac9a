using System.Text;

namespace ArticleRevisions.Cli;

/// <summary>Writes output files so that a failure never leaves a half-written file behind.</summary>
internal static class OutputFile
{
    public static void WriteAtomically(string path, string text, IEnumerable<string> inputs)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory; give a file name for --output.");
        }

        // Write through a symbolic link to its target, so the link stays a link.
        var full = Path.GetFullPath(path);
        if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
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
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
