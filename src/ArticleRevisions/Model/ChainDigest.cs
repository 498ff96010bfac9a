using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace ArticleRevisions.Model;

/// <summary>
/// SHA-256 (FIPS 180-4) for the chain hashes and the revert fingerprints: computed here for the first 8 MiB a process hashes, and by the platform
/// after that.
/// </summary>
/// <remarks>
/// <para>
/// Why two: the platform's SHA-256 is OpenSSL on Linux, which a process loads and binds on first use, and that costs
/// more than hashing a revision: about 4 ms of CPU and 3.7 MiB of resident memory per process, measured on the Native
/// AOT tool (RESULTS.md, "History store (issue 11): append, show and memory"). A command that hashes a few revisions
/// (<c>add</c>, <c>show</c>, <c>diff</c>) therefore never loads it; one that hashes a whole history (<c>verify</c>, a
/// cold <c>log</c>) pays it once and then hashes at the platform's speed. Both give the same digest, so which one made a
/// hash never matters.
/// </para>
/// <para>Not thread-safe: one instance per hash. The budget is per process and shared safely.</para>
/// </remarks>
internal sealed class ChainDigest : IDisposable
{
    private const long ManagedBudget = 8L << 20;
    private static readonly uint[] Initial = Roots(8, 2);
    private static readonly uint[] Rounds = Roots(64, 3);
    private static long hashedHere;

    private readonly IncrementalHash? platform;
    private readonly uint[] state = new uint[8];
    private readonly byte[] pending = new byte[64];
    private int pendingCount;
    private ulong length;

    private ChainDigest(IncrementalHash? platform)
    {
        this.platform = platform;
        Initial.CopyTo(state, 0);
    }

    /// <summary>Starts a hash, here or by the platform depending on how much this process has hashed so far.</summary>
    public static ChainDigest Create() =>
        Interlocked.Read(ref hashedHere) < ManagedBudget ? new ChainDigest(null) : new ChainDigest(IncrementalHash.CreateHash(HashAlgorithmName.SHA256));

    /// <summary>The SHA-256 of <paramref name="data"/>, computed here or by the platform as <see cref="Create"/> decides.</summary>
    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        using var hash = Create();
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }

    /// <summary>Starts a hash computed here whatever the budget (for tests that compare it with the platform's).</summary>
    internal static ChainDigest CreateManaged() => new(null);

    /// <summary>Adds <paramref name="data"/> to the hash.</summary>
    public void AppendData(ReadOnlySpan<byte> data)
    {
        if (platform is not null)
        {
            platform.AppendData(data);
            return;
        }

        Interlocked.Add(ref hashedHere, data.Length);
        length += (ulong)data.Length;
        if (pendingCount > 0)
        {
            var take = Math.Min(64 - pendingCount, data.Length);
            data[..take].CopyTo(pending.AsSpan(pendingCount));
            pendingCount += take;
            data = data[take..];
            if (pendingCount < 64)
            {
                return;
            }

            Compress(state, pending);
            pendingCount = 0;
        }

        while (data.Length >= 64)
        {
            Compress(state, data[..64]);
            data = data[64..];
        }

        data.CopyTo(pending);
        pendingCount = data.Length;
    }

    /// <summary>Returns the 32-byte digest of everything added; the instance is not used again.</summary>
    public byte[] GetHashAndReset()
    {
        if (platform is not null)
        {
            return platform.GetHashAndReset();
        }

        // Padding: a one bit, zeros up to 56 bytes of the last block, then the length in bits, big-endian.
        Span<byte> tail = stackalloc byte[128];
        pending.AsSpan(0, pendingCount).CopyTo(tail);
        tail[pendingCount] = 0x80;
        var blocks = pendingCount < 56 ? 64 : 128;
        tail[(pendingCount + 1)..blocks].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(tail[(blocks - 8)..], length * 8);
        Compress(state, tail[..64]);
        if (blocks == 128)
        {
            Compress(state, tail[64..]);
        }

        var digest = new byte[32];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
        }

        return digest;
    }

    /// <inheritdoc/>
    public void Dispose() => platform?.Dispose();

    private static void Compress(uint[] h, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (var t = 0; t < 16; t++)
        {
            w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        }

        for (var t = 16; t < 64; t++)
        {
            var s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = k + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                + ((e & f) ^ (~e & g)) + Rounds[t] + w[t];
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                + ((a & b) ^ (a & c) ^ (b & c));
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += k;
    }

    /// <summary>
    /// The constants as the standard defines them: the first 32 bits of the fractional parts of the square roots
    /// (<paramref name="degree"/> 2: the initial hash) or cube roots (3: the round constants) of the first primes.
    /// </summary>
    /// <remarks>A double carries about 50 bits after the few of the integer part, so the 32 kept are exact.</remarks>
    private static uint[] Roots(int count, int degree)
    {
        var values = new uint[count];
        var found = 0;
        for (var n = 2; found < count; n++)
        {
            var prime = true;
            for (var d = 2; d * d <= n && prime; d++)
            {
                prime = n % d != 0;
            }

            if (prime)
            {
                var root = degree == 2 ? Math.Sqrt(n) : Math.Cbrt(n);
                values[found++] = (uint)((root - Math.Floor(root)) * 4294967296.0);
            }
        }

        return values;
    }
}
