#!/usr/bin/env python3
"""Writes src/ArticleRevisions/Text/NormalizationData.cs from Python's unicodedata.

Run from the repository root:  python3 tests/ArticleRevisions.Tests/Text/generate_normalization_data.py
Both outputs are committed: the data, and tests/ArticleRevisions.Tests/Text/Unicode14Assigned.cs, the code points
assigned in the same Unicode version, over which CanonicalNormalizerOracleTests compares the normaliser built on the
data with the platform's ICU (which may know a later Unicode version: characters it knows and we do not are left out).

What is written, all as constant data the runtime maps without running any code:
- a two-stage table from a code point (below TableLimit) to a record number; record 0 means "nothing to know";
- per record: canonical combining class, quick-check flags, and the full canonical decomposition (recursive,
  as UTF-16 in one string) by offset and length;
- the primary composites: sorted (first << 21 | second) keys and the composite each gives.
Hangul syllables are left out of every part: the normaliser decomposes and composes them by arithmetic.
"""
import os
import sys
import unicodedata as ud

SHIFT = 6
BLOCK = 1 << SHIFT
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def is_hangul_syllable(cp):
    return HANGUL_FIRST <= cp <= HANGUL_LAST


def canonical_mapping(cp):
    """The one-level canonical decomposition of cp, or None."""
    text = ud.decomposition(chr(cp))
    if not text or text.startswith('<'):
        return None
    return [int(part, 16) for part in text.split()]


def full_decomposition(cp):
    mapping = canonical_mapping(cp)
    if mapping is None:
        return [cp]
    out = []
    for part in mapping:
        out.extend(full_decomposition(part))
    return out


def utf16(cps):
    return ''.join(chr(cp) for cp in cps).encode('utf-16-le')


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    target = os.path.normpath(os.path.join(root, '..', '..', '..', 'src', 'ArticleRevisions', 'Text', 'NormalizationData.cs'))
    assigned_target = os.path.join(root, 'Unicode14Assigned.cs')

    ccc = {}
    decomposition = {}
    compositions = {}
    seconds = set()
    for cp in range(0x110000):
        if is_hangul_syllable(cp) or 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        c = ud.combining(ch)
        if c:
            ccc[cp] = c
        mapping = canonical_mapping(cp)
        if mapping is None:
            continue
        decomposition[cp] = full_decomposition(cp)
        # A primary composite: a canonical pair that NFC gives back (so not a singleton, not excluded, not a
        # decomposition starting with a non-starter).
        if len(mapping) == 2 and ud.normalize('NFC', ''.join(map(chr, mapping))) == ch:
            compositions[(mapping[0], mapping[1])] = cp
            seconds.add(mapping[1])

    # Quick check for NFC: No where the character is never in NFC; Maybe where it may compose with what precedes it.
    records = {(0, 0, ()): 0}
    record_list = [(0, 0, ())]
    values = {}
    interesting = set(ccc) | set(decomposition) | seconds
    for cp in sorted(interesting):
        ch = chr(cp)
        flags = 0
        if ud.normalize('NFC', ch) != ch:
            flags |= 1  # NFC_QC = No
        if cp in seconds:
            flags |= 2  # NFC_QC = Maybe
        key = (ccc.get(cp, 0), flags, tuple(decomposition.get(cp, ())))
        if key not in records:
            records[key] = len(record_list)
            record_list.append(key)
        values[cp] = records[key]

    limit = (max(interesting) // BLOCK + 1) * BLOCK
    blocks = {tuple([0] * BLOCK): 0}
    block_list = [tuple([0] * BLOCK)]
    stage1 = []
    for start in range(0, limit, BLOCK):
        block = tuple(values.get(cp, 0) for cp in range(start, start + BLOCK))
        if block not in blocks:
            blocks[block] = len(block_list)
            block_list.append(block)
        stage1.append(blocks[block])
    assert len(block_list) < 65536 and len(record_list) < 65536

    decomp_text = bytearray()
    decomp_offsets = {}
    record_ccc, record_flags, record_start, record_length = [], [], [], []
    for c, flags, parts in record_list:
        encoded = utf16(parts)
        if parts and parts not in decomp_offsets:
            decomp_offsets[parts] = len(decomp_text) // 2
            decomp_text += encoded
        record_ccc.append(c)
        record_flags.append(flags)
        record_start.append(decomp_offsets.get(parts, 0))
        record_length.append(len(encoded) // 2)
    assert max(record_start) < 65536 and max(record_length) < 256

    pairs = sorted(compositions.items())
    keys = [(a << 21) | b for (a, b), _ in pairs]
    composites = [c for _, c in pairs]

    def rows(numbers, width=20, fmt='{}'):
        numbers = list(numbers)
        return '\n'.join('        ' + ', '.join(fmt.format(n) for n in numbers[i:i + width]) + ','
                         for i in range(0, len(numbers), width))

    units = [int.from_bytes(decomp_text[i:i + 2], 'little') for i in range(0, len(decomp_text), 2)]
    decomp_literal = '\n'.join('        "' + ''.join('\\u{:04X}'.format(u) for u in units[i:i + 16]) + '" +'
                               for i in range(0, len(units), 16))
    decomp_literal = decomp_literal[:-2]

    out = []
    out.append('// <auto-generated>')
    out.append('// Written by tests/ArticleRevisions.Tests/Text/generate_normalization_data.py from Unicode {} (Python {}.{} unicodedata).'.format(
        ud.unidata_version, sys.version_info.major, sys.version_info.minor))
    out.append('// Do not edit: change the script and run it again.')
    out.append('// </auto-generated>')
    out.append('namespace ArticleRevisions.Text;')
    out.append('')
    out.append('/// <summary>The Unicode character data canonical normalisation needs, as constant tables (Unicode {}).</summary>'.format(ud.unidata_version))
    out.append('/// <remarks>Every member reads data the runtime maps from the binary: nothing is built when the type is first used.</remarks>')
    out.append('internal static class NormalizationData')
    out.append('{')
    out.append('    /// <summary>The Unicode version the data comes from.</summary>')
    out.append('    public const string UnicodeVersion = "{}";'.format(ud.unidata_version))
    out.append('')
    out.append('    /// <summary>Code points at or above this have nothing to know (combining class 0, no decomposition, never composed).</summary>')
    out.append('    public const int TableLimit = 0x{:X};'.format(limit))
    out.append('')
    out.append('    /// <summary>log2 of the size of a block of the second stage.</summary>')
    out.append('    public const int BlockShift = {};'.format(SHIFT))
    out.append('')
    out.append('    /// <summary>Quick-check flag: the character is never in NFC.</summary>')
    out.append('    public const byte NfcNo = 1;')
    out.append('')
    out.append('    /// <summary>Quick-check flag: the character composes with some character before it.</summary>')
    out.append('    public const byte NfcMaybe = 2;')
    out.append('')
    out.append('    /// <summary>The block of each run of 2^<see cref="BlockShift"/> code points below <see cref="TableLimit"/>.</summary>')
    out.append('    public static ReadOnlySpan<ushort> Blocks => new ushort[]\n    {\n' + rows(stage1, 24) + '\n    };')
    out.append('')
    out.append('    /// <summary>The record of each code point, by block: <c>Records[Blocks[cp >> BlockShift] * 2^BlockShift + (cp &amp; mask)]</c>.</summary>')
    out.append('    public static ReadOnlySpan<ushort> Records => new ushort[]\n    {\n' + rows([v for b in block_list for v in b], 32) + '\n    };')
    out.append('')
    out.append('    /// <summary>The canonical combining class of each record.</summary>')
    out.append('    public static ReadOnlySpan<byte> CombiningClass => new byte[]\n    {\n' + rows(record_ccc, 32) + '\n    };')
    out.append('')
    out.append('    /// <summary>The quick-check flags of each record (<see cref="NfcNo"/>, <see cref="NfcMaybe"/>).</summary>')
    out.append('    public static ReadOnlySpan<byte> Flags => new byte[]\n    {\n' + rows(record_flags, 32) + '\n    };')
    out.append('')
    out.append('    /// <summary>Where each record\'s full canonical decomposition starts in <see cref="Decompositions"/>.</summary>')
    out.append('    public static ReadOnlySpan<ushort> DecompositionStart => new ushort[]\n    {\n' + rows(record_start, 24) + '\n    };')
    out.append('')
    out.append('    /// <summary>The length in UTF-16 code units of each record\'s decomposition; 0 when it has none.</summary>')
    out.append('    public static ReadOnlySpan<byte> DecompositionLength => new byte[]\n    {\n' + rows(record_length, 32) + '\n    };')
    out.append('')
    out.append('    /// <summary>The full canonical decompositions, one after another.</summary>')
    out.append('    public const string Decompositions =\n' + decomp_literal + ';')
    out.append('')
    out.append('    /// <summary>The primary composites\' pairs as <c>first &lt;&lt; 21 | second</c>, sorted.</summary>')
    out.append('    public static ReadOnlySpan<long> CompositionPairs => new long[]\n    {\n' + rows(keys, 8, '0x{:X}') + '\n    };')
    out.append('')
    out.append('    /// <summary>The primary composite of each pair of <see cref="CompositionPairs"/>.</summary>')
    out.append('    public static ReadOnlySpan<int> Composites => new int[]\n    {\n' + rows(composites, 12, '0x{:X}') + '\n    };')
    out.append('}')
    with open(target, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    write_assigned(assigned_target)
    print('{}: {} blocks of {}, {} records, {} decomposition units, {} composites, limit U+{:X}'.format(
        target, len(block_list), BLOCK, len(record_list), len(units), len(keys), limit))


def write_assigned(target):
    ranges = []
    for cp in range(0x110000):
        if ud.category(chr(cp)) == 'Cn':
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    body = '\n'.join('        ' + ', '.join('0x{:X}, 0x{:X}'.format(a, b) for a, b in ranges[i:i + 6]) + ','
                     for i in range(0, len(ranges), 6))
    text = """// <auto-generated>
// Written by generate_normalization_data.py from Unicode {0} (Python unicodedata). Do not edit.
// </auto-generated>
namespace ArticleRevisions.Tests.Text;

/// <summary>The code points assigned in Unicode {0} (every general category but Cn), as inclusive ranges.</summary>
internal static class Unicode14Assigned
{{
    public const string Version = "{0}";

    /// <summary>Pairs of first and last code point.</summary>
    public static ReadOnlySpan<int> Ranges => new int[]
    {{
{1}
    }};
}}
""".format(ud.unidata_version, body)
    with open(target, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


if __name__ == '__main__':
    main()
