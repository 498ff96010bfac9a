using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Makes text from a history safe to print in a terminal: a title, editor or note holding a line break, a tab or a
/// terminal escape sequence would break the layout or drive the reader's terminal, so control characters are
/// shown as visible symbols (␊, ␉, ␛) instead.
/// </summary>
internal static class TerminalText
{
    /// <summary>
    /// Gets <paramref name="text"/> with every control character replaced by <see cref="Visible"/>, and every
    /// directional embedding, override or isolate and the line and paragraph separators by U+FFFD: a note holding a
    /// right-to-left override would otherwise reorder what the terminal shows after it on the line.
    /// </summary>
    public static string Safe(string text)
    {
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Unsafe.Contains(c) ? Visible(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Gets <paramref name="text"/> with every control character that is not layout (a line break, CRLF, a tab)
    /// replaced by <see cref="Visible"/> (a CR is layout before a line feed or at the end): article text shown in a diff keeps its lines, but an escape sequence, an
    /// OSC 52 clipboard write or a bell in it is shown, never obeyed, whether or not the output is a terminal. The
    /// directional embeddings, overrides and isolates are shown as U+FFFD too: hidden in an article, they would make
    /// the terminal show words in another order than the text holds them.
    /// </summary>
    public static string Readable(string text)
    {
        if (!text.AsSpan().ContainsAny(NotLayout))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A CR ending a piece is taken as the first half of a CRLF the next piece ends, as a diff may split them.
            var layout = c is '\n' or '\t' || (c == '\r' && (i + 1 == text.Length || text[i + 1] == '\n'));
            builder.Append(NotLayout.Contains(c) && !layout ? Visible(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes <paramref name="text"/> as <see cref="Readable"/> would give it, straight to <paramref name="writer"/>:
    /// the runs between control characters go out as they are, without copying the text first.
    /// </summary>
    public static void WriteReadable(TextWriter writer, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var control = IndexOfNotLayout(text);
            if (control < 0)
            {
                writer.Write(text);
                return;
            }

            // A CR is layout before a line feed or at the end of the piece, as in Readable.
            var c = text[control];
            var layout = c == '\r' && (control + 1 == text.Length || text[control + 1] == '\n');
            writer.Write(text[..control]);
            writer.Write(layout ? c : Visible(c));
            text = text[(control + 1)..];
        }
    }

    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="destination"/> (at least as long) as <see cref="Readable"/>
    /// would give it; the two are always the same length.
    /// </summary>
    public static void CopyReadable(ReadOnlySpan<char> text, Span<char> destination)
    {
        text.CopyTo(destination);
        var offset = 0;
        while (offset < text.Length)
        {
            var control = IndexOfNotLayout(text[offset..]);
            if (control < 0)
            {
                return;
            }

            var at = offset + control;
            var c = text[at];
            if (!(c == '\r' && (at + 1 == text.Length || text[at + 1] == '\n')))
            {
                destination[at] = Visible(c);
            }

            offset = at + 1;
        }
    }

    /// <summary>
    /// Where the first character of <see cref="NotLayout"/> in <paramref name="text"/> is, or -1: <c>IndexOfAny(NotLayout)</c>,
    /// faster over the long runs of printable ASCII and line feeds an article is mostly made of. Those are passed over
    /// 32 characters at a time with one test each; only a block of eight holding another character (a letter beyond
    /// ASCII, a tab) is tested for the control characters but the tab and the line feed, C1 and the directional
    /// characters.
    /// </summary>
    /// <remarks>
    /// The search values' general search takes more steps for a set holding NUL and characters beyond ASCII; every
    /// readable format's text goes through here (RESULTS.md, "r21").
    /// </remarks>
    internal static int IndexOfNotLayout(ReadOnlySpan<char> text)
    {
        if (!Vector128.IsHardwareAccelerated || text.Length < Vector128<short>.Count)
        {
            return text.IndexOfAny(NotLayout);
        }

        ref var first = ref System.Runtime.CompilerServices.Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        var last = text.Length - Vector128<short>.Count;
        var i = 0;
        while (true)
        {
            if (i + (4 * Vector128<short>.Count) <= text.Length && IsPlainAscii(ref first, i))
            {
                // Up to the last block, which may overlap those found clean.
                i = Math.Min(i + (4 * Vector128<short>.Count), last);
                continue;
            }

            var block = Vector128.LoadUnsafe(ref first, (nuint)i).AsUInt16();
            var found = Vector128.LessThan(block, Vector128.Create((ushort)' '))
                & ~(Vector128.Equals(block, Vector128.Create((ushort)'\t')) | Vector128.Equals(block, Vector128.Create((ushort)'\n')));
            found |= Vector128.LessThan(block - Vector128.Create((ushort)'\u007F'), Vector128.Create((ushort)('\u00A0' - '\u007F')));
            found |= Vector128.LessThan(block - Vector128.Create((ushort)'\u202A'), Vector128.Create((ushort)('\u202F' - '\u202A')));
            found |= Vector128.LessThan(block - Vector128.Create((ushort)'\u2066'), Vector128.Create((ushort)('\u206A' - '\u2066')));
            if (found != Vector128<ushort>.Zero)
            {
                return i + BitOperations.TrailingZeroCount(found.ExtractMostSignificantBits());
            }

            if (i >= last)
            {
                return -1;
            }

            // The last block may overlap the one before: its characters before the overlap were found clean.
            i = Math.Min(i + Vector128<short>.Count, last);
        }
    }

    /// <summary>Tells whether the 32 characters from <paramref name="at"/> are all printable ASCII (a space to a tilde) or line feeds.</summary>
    /// <remarks>Line feeds too: an article wrapped at 72 columns has one in almost every 32 characters.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainAscii(ref short first, int at) =>
        (Outside(Vector128.LoadUnsafe(ref first, (nuint)at))
            | Outside(Vector128.LoadUnsafe(ref first, (nuint)(at + 8)))
            | Outside(Vector128.LoadUnsafe(ref first, (nuint)(at + 16)))
            | Outside(Vector128.LoadUnsafe(ref first, (nuint)(at + 24)))) == Vector128<short>.Zero;

    /// <summary>All ones where a character is neither printable ASCII nor a line feed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Outside(Vector128<short> block) =>
        // Shifted so that the space is the smallest short: a character outside the range then compares greater than the tilde.
        Vector128.AndNot(
            Vector128.GreaterThan(block + Vector128.Create(unchecked((short)(short.MinValue - ' '))), Vector128.Create((short)(short.MinValue + ('~' - ' ')))),
            Vector128.Equals(block, Vector128.Create((short)'\n')));

    /// <summary>The directional embeddings, overrides and isolates, which every format meant to be read shows as U+FFFD.</summary>
    public const string Directional = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    /// <summary>What <see cref="Safe"/> replaces: the control characters, the directional formatting characters and U+2028, U+2029.</summary>
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        ControlsButLayout() + Directional + "\n\t\u2028\u2029");

    /// <summary>Every control character but the line feed and the tab (a CR is decided by what follows it), and the directional formatting characters.</summary>
    private static readonly SearchValues<char> NotLayout = SearchValues.Create(ControlsButLayout() + Directional);

    private static string ControlsButLayout()
    {
        var controls = new StringBuilder();
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }

    /// <summary>Gets whether a format meant to be read shows <paramref name="c"/> as <see cref="Visible"/>: a control character or a directional formatting character.</summary>
    public static bool IsShownAsSymbol(char c) => char.IsControl(c) || Directional.Contains(c, StringComparison.Ordinal);

    /// <summary>The visible stand-in for a control character: its control picture for C0 and DEL, U+FFFD for anything else.</summary>
    public static char Visible(char control) => control switch
    {
        < ' ' => (char)(0x2400 + control),
        '\u007F' => '\u2421',
        _ => '\uFFFD',
    };
}
