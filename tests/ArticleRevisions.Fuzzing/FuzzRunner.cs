using System.Diagnostics;

namespace ArticleRevisions.Fuzzing;

/// <summary>
/// An in-process fuzzer: mutates the target's seeds (and inputs grown from them) with byte flips, byte sets,
/// insertions, deletions, duplications, splices and truncations, runs each, and collects any exception that
/// escapes the target. Deterministic for a given seed.
/// </summary>
public static class FuzzRunner
{
    /// <summary>Runs <paramref name="executions"/> inputs through <paramref name="target"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="executions">How many inputs to run.</param>
    /// <param name="seed">The seed of the mutations.</param>
    /// <returns>The executions, the time taken and every failure (its input and exception), at most 20 kept.</returns>
    public static FuzzReport Run(IFuzzTarget target, long executions, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        var random = new Random(seed);
        var pool = target.Seeds().ToList();
        var failures = new List<(byte[] Input, Exception Error)>();
        var failed = 0L;
        var clock = Stopwatch.StartNew();
        for (var i = 0L; i < executions; i++)
        {
            var input = i < pool.Count ? pool[(int)i] : Mutate(pool[random.Next(pool.Count)], pool, random);
            try
            {
                target.Run(input);
                // Keep a few inputs that ran, so mutations can build on mutations.
                if (pool.Count < 512 && random.Next(64) == 0)
                {
                    pool.Add(input);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                if (failures.Count < 20)
                {
                    failures.Add((input, e));
                }
            }
        }

        return new FuzzReport(target.Name, executions, failed, clock.Elapsed, failures);
    }

    private static byte[] Mutate(byte[] original, List<byte[]> pool, Random random)
    {
        var bytes = new List<byte>(original);
        var rounds = 1 + random.Next(4);
        for (var r = 0; r < rounds; r++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 4 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 5:
                    var other = pool[random.Next(pool.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        bytes.InsertRange(at, other.Skip(from).Take(1 + random.Next(128)));
                    }

                    break;
                case 6 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var token = Tokens[random.Next(Tokens.Length)];
                    bytes.InsertRange(at, token);
                    break;
            }
        }

        return [.. bytes];
    }

    private static readonly byte[] Interesting = [0, (byte)'\n', (byte)'\r', (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)',', (byte)'-', (byte)'0', (byte)'9', (byte)'Z', (byte)'T', (byte)'+', (byte)' ', 0x7F, 0x80, 0xC3, 0xE2, 0xED, 0xF0, 0xFF];

    private static readonly byte[][] Tokens =
    [
        "\"type\":\"revision\","u8.ToArray(), "\"delta\":[1,-1,\"x\"]"u8.ToArray(), "\"text\":\"\""u8.ToArray(), "null"u8.ToArray(),
        "\"sha256\":\""u8.ToArray(), "\"version\":2"u8.ToArray(), "\"version\":1"u8.ToArray(), "-2147483648"u8.ToArray(), "2147483647"u8.ToArray(),
        "\\ud800"u8.ToArray(), "\\u0000"u8.ToArray(), "😀"u8.ToArray(), "9999-12-31T23:59:59.999999999Z"u8.ToArray(), "-9998-01-01"u8.ToArray(),
        "+18:00"u8.ToArray(), "\"source-gone\""u8.ToArray(), "\"metadata\""u8.ToArray(), "\"extraction-rerun\""u8.ToArray(), "\"attributes\":{\"a\":\"b\"}"u8.ToArray(),
    ];
}
