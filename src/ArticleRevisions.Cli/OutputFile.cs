using System.Text;

namespace ArticleRevisions.Cli;

/// <summary>Writes output files so that a failure never leaves a half-written file behind.</summary>
internal static class OutputFile
{
    public static void WriteAtomically(string path, string text)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory; give a file name for --output.");
        }

        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
