using System.Runtime.InteropServices;

namespace ArticleRevisions.Cli;

/// <summary>
/// Standard input, output and error without System.Console: on Unix plain <c>read</c> and <c>write</c> on descriptors
/// 0, 1 and 2, and <c>isatty</c>. Console's streams lock <c>Console.Out</c> (building it, with its encoder) and set up
/// the terminal before their first write, a good part of a short run's start-up. On Windows, Console's streams.
/// </summary>
internal static partial class StandardStreams
{
    /// <summary>Opens standard input.</summary>
    public static Stream OpenInput() => OperatingSystem.IsWindows() ? Console.OpenStandardInput() : new DescriptorStream(0);

    /// <summary>Opens standard output; a reader that went away (a closed pipe) is ignored, as by Console's stream.</summary>
    public static Stream OpenOutput() => OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new DescriptorStream(1);

    /// <summary>Opens standard error.</summary>
    public static Stream OpenError() => OperatingSystem.IsWindows() ? Console.OpenStandardError() : new DescriptorStream(2);

    /// <summary>Gets whether standard output is a terminal.</summary>
    public static bool OutputIsTerminal() => OperatingSystem.IsWindows() ? !Console.IsOutputRedirected : IsTerminal(1);

    /// <summary>Gets whether standard error is a terminal.</summary>
    public static bool ErrorIsTerminal() => OperatingSystem.IsWindows() ? !Console.IsErrorRedirected : IsTerminal(2);

    /// <summary>The width in columns of the terminal standard output is, when known.</summary>
    public static unsafe int? TerminalWidth()
    {
        if (OperatingSystem.IsLinux())
        {
            // struct winsize { rows, columns, x pixels, y pixels }, from ioctl TIOCGWINSZ: no terminal database read.
            const nuint TIOCGWINSZ = 0x5413;
            var size = stackalloc ushort[4];
            return Native.IoCtl(1, TIOCGWINSZ, size) == 0 && size[1] > 0 ? size[1] : null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            // No console attached (a pipe or a service): there is no width to fit.
            return null;
        }
    }

    private static bool IsTerminal(int descriptor) => Native.IsATty(descriptor) == 1;

    /// <summary>One of the process's first three descriptors as a stream; it does not close the descriptor.</summary>
    private sealed class DescriptorStream(int descriptor) : Stream
    {
        private const int EINTR = 4;
        private const int EPIPE = 32;
        private bool readerGone;

        public override bool CanRead => descriptor == 0;

        public override bool CanSeek => false;

        public override bool CanWrite => descriptor != 0;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override unsafe int Read(Span<byte> buffer)
        {
            fixed (byte* bytes = buffer)
            {
                while (true)
                {
                    var read = Native.Read(descriptor, bytes, buffer.Length);
                    if (read >= 0)
                    {
                        return (int)read;
                    }

                    var errno = Marshal.GetLastPInvokeError();
                    if (errno != EINTR)
                    {
                        throw Failure(errno);
                    }
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override unsafe void Write(ReadOnlySpan<byte> buffer)
        {
            fixed (byte* bytes = buffer)
            {
                var done = 0;
                while (done < buffer.Length && !readerGone)
                {
                    var written = Native.Write(descriptor, bytes + done, buffer.Length - done);
                    if (written >= 0)
                    {
                        done += (int)written;
                        continue;
                    }

                    var errno = Marshal.GetLastPInvokeError();
                    if (errno == EPIPE)
                    {
                        // The reader went away (`artrev diff … | head`): what is left has nobody to read it.
                        readerGone = true;
                    }
                    else if (errno != EINTR)
                    {
                        throw Failure(errno);
                    }
                }
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private IOException Failure(int errno) =>
            new($"standard {(descriptor == 0 ? "input" : descriptor == 1 ? "output" : "error")}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
    }

    private static unsafe partial class Native
    {
        [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
        public static partial nint Read(int descriptor, byte* buffer, nint count);

        [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
        public static partial nint Write(int descriptor, byte* buffer, nint count);

        // ioctl is variadic; on Linux (x64 and arm64) its third argument is passed like a fixed one.
        [LibraryImport("libc", EntryPoint = "ioctl")]
        public static partial int IoCtl(int descriptor, nuint request, void* argument);

        [LibraryImport("libc", EntryPoint = "isatty")]
        public static partial int IsATty(int descriptor);
    }
}
