using System.Buffers;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli;

/// <summary>Reads the files users name, so errors name the path as they typed it.</summary>
internal static partial class InputFiles
{
    /// <summary>The environment variable that raises (or lowers) the size limit of one text, in MiB.</summary>
    public const string MaxTextVariable = "ARTREV_MAX_TEXT_MIB";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a text file, or standard input for <c>-</c>, as strict UTF-8, no larger than the limit (64 MiB, or
    /// <see cref="MaxTextVariable"/>); what is wrong is said with <paramref name="purpose"/>, such as "compared".
    /// </summary>
    public static string ReadText(string path, CliServices services, string purpose)
    {
        var limit = MaxTextBytes(services);
        try
        {
            if (path == "-")
            {
                using var stdin = services.OpenStandardInput();
                return ArticleText.ReadStream(stdin, "-", limit);
            }

            RequireFile(path);
            return ReadFile(path, limit);
        }
        catch (TextDecodingException e)
        {
            throw new CliException($"{e.SourceName}: cannot be {purpose}: {e.Reason}", e);
        }
        catch (TextTooLargeException e)
        {
            throw new CliException($"{e.Message[..^1]}; set {MaxTextVariable} to a larger number of MiB to raise it.", e);
        }
    }

    /// <summary>
    /// Reads a regular file into a string of its exact length, validating as it decodes, through a small buffer: the
    /// file is read twice (once to check it and count its characters, once to decode it into the string), so no copy
    /// of its bytes or characters is held beside the string. Anything that is not plain UTF-8 (a NUL byte, an invalid
    /// sequence, UTF-16), or a file that changes between the two reads, is left to <see cref="ArticleText"/> to read
    /// and name.
    /// </summary>
    /// <remarks>
    /// <see cref="ArticleText.ReadFile"/> reads through a growing memory stream and checks the bytes before it decodes
    /// them; for a 10 MB text that is several copies and passes more than this. Reading the file whole into one buffer
    /// costs its size again at the peak (a 10 MB text: 10 MB of bytes beside 20 MB of string).
    /// </remarks>
    private static string ReadFile(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        // A pipe, a device or a file that says it is empty (as /proc files do, whatever they hold) is read to its end.
        if (!stream.CanSeek || stream.Length == 0 || stream.Length > Array.MaxLength)
        {
            return ArticleText.ReadStream(stream, path, limit);
        }

        if (stream.Length > limit)
        {
            throw new TextTooLargeException(path, limit, stream.Length);
        }

        var length = (int)stream.Length;
        var large = length >= LargeText;
        if (large)
        {
            // A run that reads a text this large is one of large allocations: its full collections, the first of them
            // set off early by the strings alone, are better done at once than in the background. In the background
            // each needs the mark array and the write watch, and a second, ephemeral collection after it; blocking, a
            // 10 MB diff touches ~370 fewer pages, takes ~7% less CPU and peaks ~1.4 MiB lower (RESULTS.md, "s21").
            // Smaller texts keep the default: at 1 MB the background collection touches fewer pages than a blocking
            // one and a generation-1 collection after it. System.GC.Concurrent=false is not the same: it also raises
            // the generation-0 budget from 6 MiB to up to 200 MiB, and a 10 MB diff's peak by 12 MiB.
            GCSettings.LatencyMode = GCLatencyMode.Batch;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(length, ChunkBytes));
        try
        {
            var characters = CountCharacters(stream, buffer, length);
            if (characters >= 0)
            {
                stream.Position = 0;
                var decoded = new StrongBox<bool>();
                var text = string.Create(characters, (stream, buffer, length, decoded), static (destination, state) =>
                {
                    PreparePages(destination);
                    state.decoded.Value = TryDecode(state.stream, state.buffer, state.length, destination);
                });
                // A file that changed between the two reads no longer fills the string exactly: it is read again, whole.
                if (decoded.Value)
                {
                    return text;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        stream.Position = 0;
        return ReadWhole(stream, path, length);
    }

    /// <summary>From this many bytes on, a text makes the run collect in batch mode (see <see cref="ReadFile"/>).</summary>
    private const int LargeText = 4 * 1024 * 1024;

    /// <summary>How much of a file is read at a time.</summary>
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Counts the UTF-16 characters of the first <paramref name="length"/> bytes; -1 when they hold a NUL byte, are not valid UTF-8, or end early.</summary>
    internal static int CountCharacters(Stream stream, byte[] buffer, int length)
    {
        // Decoder.GetCharCount keeps no state between calls, so a sequence cut by a read's end would read as invalid
        // and send every such text (most non-ASCII texts over 64 KB) to ReadWhole: the cut sequence's first bytes
        // are carried to the next read instead and counted whole there.
        long characters = 0;
        var carried = 0;
        try
        {
            for (var left = length; left > 0;)
            {
                var read = stream.Read(buffer, carried, Math.Min(left, buffer.Length - carried));
                if (read == 0)
                {
                    return -1;
                }

                left -= read;
                // With no NUL byte the text cannot be UTF-16 without a byte-order mark, and with one (FF FE or FE FF)
                // it is not valid UTF-8: the strict decoder is then the only check left.
                if (buffer.AsSpan(carried, read).Contains((byte)0))
                {
                    return -1;
                }

                var bytes = buffer.AsSpan(0, carried + read);
                var whole = left == 0 ? bytes.Length : WholeSequences(bytes);
                characters += StrictUtf8.GetCharCount(bytes[..whole]);
                carried = bytes.Length - whole;
                bytes[whole..].CopyTo(buffer);
            }
        }
        catch (DecoderFallbackException)
        {
            return -1;
        }

        return characters <= Array.MaxLength ? (int)characters : -1;
    }

    /// <summary>How many of <paramref name="bytes"/> end with a whole UTF-8 sequence: all but the start of a sequence cut off at the end.</summary>
    private static int WholeSequences(ReadOnlySpan<byte> bytes)
    {
        for (var k = bytes.Length - 1; k >= 0 && k >= bytes.Length - 4; k--)
        {
            var b = bytes[k];
            if ((b & 0xC0) != 0x80)
            {
                var need = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return k + need <= bytes.Length ? bytes.Length : k;
            }
        }

        // Only continuation bytes at the end: invalid, which the count says.
        return bytes.Length;
    }

    /// <summary>Decodes the first <paramref name="length"/> bytes into <paramref name="destination"/>; false when they no longer fill it exactly.</summary>
    private static bool TryDecode(Stream stream, byte[] buffer, int length, Span<char> destination)
    {
        var decoder = StrictUtf8.GetDecoder();
        var written = 0;
        try
        {
            for (var left = length; left > 0;)
            {
                var read = stream.Read(buffer, 0, Math.Min(left, buffer.Length));
                if (read == 0)
                {
                    return false;
                }

                left -= read;
                var bytes = buffer.AsSpan(0, read);
                if (bytes.Contains((byte)0))
                {
                    return false;
                }

                written += decoder.GetChars(bytes, destination[written..], flush: left == 0);
            }
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException)
        {
            // Not valid any more, or more characters than the string holds (the destination is too small).
            return false;
        }

        return written == destination.Length;
    }

    /// <summary>The size of a transparent huge page on x64 and arm64 Linux (with 4 KiB pages).</summary>
    private const nuint HugePage = 2 * 1024 * 1024;

    /// <summary>Below this many bytes a string is left to fault its pages in one by one.</summary>
    private const nuint SmallString = 64 * 1024;

    /// <summary>
    /// Prepares the memory of a string about to be written from end to end: on Linux, makes the huge pages it covers
    /// huge, then has the kernel provide the rest of its pages in one call.
    /// </summary>
    /// <remarks>
    /// <para>
    /// On a virtual machine every first touch of a page costs several microseconds, even of a page the kernel has just
    /// provided (RESULTS.md, "io16" and "r19"): a 1 MB text's 2 MiB string is 512 of them, a 2 MiB huge page one. The
    /// whole 2 MiB pages inside the string are asked for as transparent huge pages (<c>madvise</c> mode, the default
    /// of most distributions). The huge page the string starts in already has a page table (the allocator wrote the
    /// string's header there, after the collector's objects before it), so a fault there never gets a huge page. When
    /// the string fills at least half of it and holds no whole huge page (a text of up to about 2 MB), it is collapsed
    /// into one (<c>MADV_COLLAPSE</c>, Linux 6.1+), which keeps what the objects before the string hold: it lies
    /// wholly inside memory the collector has in use, as its regions start on a 2 MiB boundary and are committed from
    /// their start up to the end of the string (where not, the call fails and nothing changes).
    /// </para>
    /// <para>
    /// Nothing becomes resident that the decoding would not make resident anyway, but for the part of that first huge
    /// page before the string (at most half of it, most of it in use already), and only for texts too small for their
    /// peak memory to matter. Where huge pages are off, or a call is not known (older kernels), the pages come in one
    /// by one as before.
    /// </para>
    /// </remarks>
    private static unsafe void PreparePages(Span<char> destination)
    {
        if (!OperatingSystem.IsLinux() || (nuint)destination.Length * sizeof(char) < SmallString)
        {
            return;
        }

        fixed (char* start = destination)
        {
            var begin = (nuint)start;
            var end = (nuint)(start + destination.Length);
            var headHuge = begin & ~(HugePage - 1);
            var firstHuge = (begin + HugePage - 1) & ~(HugePage - 1);
            var endHuge = end & ~(HugePage - 1);
            if (endHuge > firstHuge)
            {
                _ = Native.MAdvise((void*)firstHuge, endHuge - firstHuge, Native.MadvHugePage);
            }

            // The system's page size (4 KiB on x64; 16 or 64 KiB on some arm64 kernels), so the range is one madvise takes.
            var page = (nuint)Environment.SystemPageSize;
            var first = (begin + page - 1) & ~(page - 1);
            // Only a string holding no whole huge page of its own (a text of up to about 2 MB): there the first huge
            // page is half the string or more, while a larger string's is a small part of it, and collapsing it makes
            // the untouched memory before the string resident at the peak (a 10 MB diff's rose by 0.4 MiB).
            if (headHuge < begin && endHuge <= firstHuge && firstHuge <= end && firstHuge - begin >= HugePage / 2
                && Native.MAdvise((void*)headHuge, HugePage, Native.MadvCollapse) == 0)
            {
                first = firstHuge;
            }

            var last = end & ~(page - 1);
            if (last > first)
            {
                _ = Native.MAdvise((void*)first, last - first, Native.MadvPopulateWrite);
            }
        }
    }

    /// <summary>Reads the file whole and decodes it, or lets <see cref="ArticleText"/> name what is wrong with it.</summary>
    private static string ReadWhole(Stream stream, string path, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false);
            var bytes = buffer.AsSpan(0, read);
            if (bytes.Contains((byte)0))
            {
                return ArticleText.Decode(bytes, path);
            }

            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return ArticleText.Decode(bytes, path);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static long MaxTextBytes(CliServices services)
    {
        var value = services.GetEnvironmentVariable(MaxTextVariable);
        if (string.IsNullOrEmpty(value))
        {
            return ArticleText.DefaultMaxBytes;
        }

        return long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mebibytes) && mebibytes is > 0 and <= 1024 * 1024
            ? mebibytes * 1024 * 1024
            : throw new CliException($"{MaxTextVariable}={value}: give the largest text to read as a whole number of MiB, such as 64.");
    }

    /// <summary>Opens a history the parser has already checked exists; <see cref="FileInfo.ToString"/> is the path as typed.</summary>
    public static HistoryFile OpenHistory(FileInfo file, HistoryFileOptions? options = null) => HistoryFile.Open(file.ToString(), options);

    /// <summary>Checks a path given as plain text (one that may also be <c>-</c> or a revision) names an existing file.</summary>
    public static void RequireFile(string path)
    {
        if (path.Length == 0)
        {
            throw new CliException("a file name is empty; give the path of a file.");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            // An argument list of strings takes a mistyped option too.
            throw new CliException(path.StartsWith("--", StringComparison.Ordinal) ? $"{path}: no such option (nor file); see --help." : $"{path}: no such file.");
        }
    }

    private static unsafe partial class Native
    {
        public const int MadvHugePage = 14;

        public const int MadvPopulateWrite = 23;

        public const int MadvCollapse = 25;

        [LibraryImport("libc", EntryPoint = "madvise")]
        public static partial int MAdvise(void* address, nuint length, int advice);
    }
}
